package org.cairn.webapp;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.cairn.config.CairnConfig;

/**
 * The content security policy of the page at / and its files: code and styles from Cairn alone,
 * images also from the background map's server, requests also to the identity provider (and to a
 * WMTS map's server, for its capabilities). Nothing
 * else may load, so a page that someone managed to inject text into still runs nothing of theirs.
 * (Every other answer gets the stricter policy in application.properties.)
 */
@ApplicationScoped
public class PagePolicy {

    /** The page, its code and styles, and the WebJars they load. */
    static final String PAGES = "^/($|index\\.html$|app/|webjars/)";
    private static final int FIRST = Integer.MIN_VALUE + 2;

    @Inject CairnConfig config;

    void route(@Observes Router router) {
        String policy = policy(config.webApp());
        router.routeWithRegex(PAGES + ".*").order(FIRST).handler(context -> {
            context.response().putHeader("Content-Security-Policy", policy);
            context.next();
        });
    }

    static String policy(CairnConfig.WebApp app) {
        String images = app.backgroundMap().flatMap(PagePolicy::origin).map(origin -> " " + origin).orElse("");
        String identity = app.oidcIssuer().flatMap(PagePolicy::origin).map(origin -> " " + origin).orElse("");
        // A WMTS map's capabilities are read by the page, so its server is asked as well as shown.
        String capabilities = app.backgroundMap().filter(url -> !url.contains("{z}")).isPresent() ? images : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:" + images
                + "; connect-src 'self'" + identity + capabilities + "; frame-ancestors 'none'; form-action 'self'"
                + identity + "; base-uri 'self'";
    }

    /** scheme://host[:port] of a URL or URL template; nothing when it has none. */
    private static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.replace("{", "%7B").replace("}", "%7D"));
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority().replace("%7B", "{").replace("%7D", "}"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
