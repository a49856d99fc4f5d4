package org.cairn.security;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers depend on who asks (restricted fields, generalised places, an organisation's records),
 * while an ETag names only the record's version. So every answer varies by the credentials it was
 * made for: a browser that cached what one role read never serves it to the next one signed in on
 * the same page, even when its revalidation gets a 304 for the same version.
 */
public class AnswersPerCaller {

    @ServerResponseFilter
    public void varyByCredentials(ContainerResponseContext response) {
        String vary = response.getHeaderString(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        } else if (!vary.toLowerCase().contains("authorization")) {
            response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", " + HttpHeaders.AUTHORIZATION);
        }
    }
}
