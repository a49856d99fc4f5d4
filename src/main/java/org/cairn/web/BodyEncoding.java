package org.cairn.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body says what it is, and Cairn reads text as UTF-8 (RFC 8259 makes JSON UTF-8): a body
 * without a Content-Type, where the operation names the types it takes, and a charset other than
 * UTF-8 are refused (415) rather than guessed at. Files (field report attachments) are told by their
 * bytes and need no type.
 */
public class BodyEncoding {

    @ServerRequestFilter
    public void refuseUnnamedOrForeignBodies(ContainerRequestContext request, ResourceInfo resource) {
        if (!hasBody(request)) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (declared == null || declared.isBlank()) {
            if (!takesAnything(resource.getResourceMethod())) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body has no Content-Type; send "
                        + "the type this operation takes, such as application/json.");
            }
            return;
        }
        String charset = MediaType.valueOf(declared).getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.trim().equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Cairn reads bodies in UTF-8 only; send "
                    + "charset=UTF-8 or no charset.");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.trim().equals("0")
                || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean takesAnything(Method method) {
        Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
        return consumes == null || Arrays.asList(consumes.value()).contains(MediaType.WILDCARD);
    }
}
