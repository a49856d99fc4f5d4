package org.cairn.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Custom methods such as {@code field-reports:batch} and {@code admin-areas:import}. Clients
 * send the colon as it is (a colon is allowed in a path), but RESTEasy Reactive reads a colon in
 * {@code @Path} as the start of a regular expression, so the resources declare it
 * percent-encoded and match it only so; this route sends such requests on encoded the same way.
 */
@ApplicationScoped
public class ColonMethods {

    /** Before every other route, so that the rerouted request passes through them all once. */
    private static final int FIRST = Integer.MIN_VALUE + 1;

    void route(@Observes Router router) {
        router.route("/api/*").order(FIRST).handler(context -> {
            String path = context.request().path();
            int lastSegment = path.lastIndexOf('/');
            if (path.indexOf(':', lastSegment) < 0) {
                context.next();
                return;
            }
            String uri = context.request().uri();
            String query = uri.contains("?") ? uri.substring(uri.indexOf('?')) : "";
            context.reroute(path.substring(0, lastSegment) + path.substring(lastSegment).replace(":", "%3A") + query);
        });
    }
}
