package org.cairn.openrosa;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import org.cairn.config.CairnConfig;
import org.cairn.security.ApiKeyAuthentication;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The two ways field apps reach Cairn's OpenRosa server: {@code /openrosa} with HTTP Basic
 * credentials, or a server URL that carries the credential, {@code /openrosa/key/<secret>}, as ODK
 * Central's app users have (the authentication reads the secret there). Links in the answers keep
 * the way the request came, and every answer carries the OpenRosa version header.
 */
public class OpenRosaPaths {

    static final String PREFIX = "/openrosa";

    @Inject OpenRosaBase base;
    @Inject CairnConfig config;

    /** Matches a request by key path to the plain path, keeping the base its links are made under. */
    @ServerRequestFilter(preMatching = true)
    public void unwrapKeyPath(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        Matcher key = ApiKeyAuthentication.KEY_PATH.matcher(uri.getRawPath());
        if (!key.matches()) {
            return;
        }
        String rest = key.group(2) == null ? "" : key.group(2);
        String base = uri.getRawPath().substring(0, uri.getRawPath().length() - rest.length());
        this.base.set(UriBuilder.fromUri(uri).replacePath(base).replaceQuery(null).build().toString());
        request.setRequestUri(UriBuilder.fromUri(uri).replacePath(PREFIX + rest).build());
    }

    @ServerResponseFilter
    public void openRosaHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith(PREFIX + "/") || request.getUriInfo().getPath().equals(PREFIX)) {
            response.getHeaders().putSingle("X-OpenRosa-Version", "1.0");
            // The largest request taken; a device sends a larger submission in several.
            response.getHeaders().putSingle("X-OpenRosa-Accept-Content-Length",
                    config.limits().maxAttachmentSize().asLongValue());
            response.getHeaders().putSingle("Date",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        }
    }
}
