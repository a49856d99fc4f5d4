package org.cairn.operations;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Each request's id, in every log line written while it is served and in its answer: the one a
 * proxy sent (X-Request-Id) when it is a plain token, else a new one. Never anything the request
 * carried besides, so that no log line holds what a caller sent.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @ServerRequestFilter(preMatching = true)
    public void name(ContainerRequestContext request) {
        String sent = request.getHeaderString(HEADER);
        String id = sent != null && PLAIN.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setProperty(LOG_KEY, id);
        MDC.put(LOG_KEY, id);
    }

    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(LOG_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(LOG_KEY);
    }
}
