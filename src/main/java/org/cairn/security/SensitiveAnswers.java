package org.cairn.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps answers that may hold personal or health data out of every cache, the browser's included:
 * whatever a caller with the sensitive-data permission reads (exact places, ages, injuries, names),
 * and whatever anyone reads of casualties and assistance. Refusals hold no data and are left as
 * they are.
 */
public class SensitiveAnswers {

    static final String NO_STORE = "no-store";

    private final Caller caller;

    public SensitiveAnswers(Caller caller) {
        this.caller = caller;
    }

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/v1/casualties") || path.startsWith("/api/v1/assistance")
                || caller.hasSensitiveDataPermission()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
