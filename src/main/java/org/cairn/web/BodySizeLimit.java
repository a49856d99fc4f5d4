package org.cairn.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.cairn.config.CairnConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a declared Content-Length over the configured limit before a byte of the body is read. */
public class BodySizeLimit {

    private final long maxBodySize;

    public BodySizeLimit(CairnConfig config) {
        this.maxBodySize = config.limits().maxBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void checkDeclaredLength(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parse(declared) > maxBodySize) {
            throw tooLarge(maxBodySize);
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the limit of " + limit + " bytes.").with("maxBodySize", limit);
    }

    private static long parse(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "Content-Length is not a number.");
        }
    }
}
