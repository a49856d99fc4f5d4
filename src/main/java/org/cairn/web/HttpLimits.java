package org.cairn.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size limits of the HTTP layer, answered in problem+json like every other refusal. The HTTP
 * decoder's own limits are set far above these (application.properties), because its refusals
 * carry no body and no hook of the server reaches them; this route, the first of all, keeps the
 * real limits: a request line, the header block, a declared body.
 */
@ApplicationScoped
public class HttpLimits {

    /** Long enough for a CQL2 filter with a polygon of a few thousand vertices. */
    static final int MAX_REQUEST_LINE = 64 * 1024;
    static final int MAX_HEADERS = 64 * 1024;

    private final ObjectMapper mapper;
    private final long maxBody;

    HttpLimits(ObjectMapper mapper, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.mapper = mapper;
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        int line = context.request().method().name().length() + context.request().uri().length() + 10;
        if (line > MAX_REQUEST_LINE) {
            refuse(context, ProblemType.URI_TOO_LONG, "The request line is longer than " + MAX_REQUEST_LINE
                    + " bytes; send a long filter in a POST or split it.");
        } else if (headerBytes(context.request().headers()) > MAX_HEADERS) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "The request headers are longer than " + MAX_HEADERS
                    + " bytes.");
        } else if (declaredLength(context) > maxBody) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBody
                    + " bytes, more than any request of Cairn's takes.");
        } else {
            context.next();
        }
    }

    private static int headerBytes(MultiMap headers) {
        int bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** The declared length, or -1 when none is declared (a chunked body is counted as it is read). */
    private static long declaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        Problem problem = new Problem(type, detail, null);
        try {
            // The connection is closed after the answer: what is left of such a request is not worth reading.
            context.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.PROBLEM_JSON)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .end(mapper.writeValueAsString(problem))
                    .onComplete(sent -> context.request().connection().close());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
