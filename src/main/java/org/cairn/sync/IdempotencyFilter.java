package org.cairn.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import org.cairn.web.MediaTypes;
import org.cairn.web.Problem;
import org.cairn.web.ProblemType;
import org.cairn.web.ShownOnce;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Carries the Idempotency-Key of a POST from the request to its answer (see {@link IdempotencyKeys}). */
public class IdempotencyFilter {

    private final IdempotencyKeys keys;
    private final ObjectMapper mapper;

    public IdempotencyFilter(IdempotencyKeys keys, ObjectMapper mapper) {
        this.keys = keys;
        this.mapper = mapper;
    }

    @ServerRequestFilter
    public void noteKey(ContainerRequestContext request) {
        keys.begin(request.getHeaderString(IdempotencyKeys.HEADER), request.getMethod(),
                request.getUriInfo().getPath());
    }

    @ServerResponseFilter
    public void keepAnswer(ContainerResponseContext response, ResourceInfo resource) throws JsonProcessingException {
        if (!keys.holdsKey()) {
            // Most requests carry no key: their answer is not written a second time only to be dropped.
            return;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        if (response.getStatus() < 300 && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(ShownOnce.class)) {
            Problem problem = new Problem(ProblemType.CONFLICT, "The first request with this " + IdempotencyKeys.HEADER
                    + " made " + location + "; its secret is shown only once. Revoke it and make another.", null);
            keys.finish(ProblemType.CONFLICT.status(), MediaTypes.PROBLEM_JSON, location, null,
                    mapper.writeValueAsBytes(problem));
            return;
        }
        keys.finish(response.getStatus(), response.getMediaType() == null ? null : response.getMediaType().toString(),
                location, response.getHeaderString(HttpHeaders.ETAG), body(response.getEntity()));
    }

    @ServerExceptionMapper
    public Response replay(IdempotencyKeys.StoredAnswer answer) {
        return answer.response();
    }

    private byte[] body(Object entity) throws JsonProcessingException {
        if (entity == null || entity instanceof StreamingOutput) {
            // A streamed answer is not kept: its replay carries the status and headers only.
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return mapper.writeValueAsBytes(entity);
    }
}
