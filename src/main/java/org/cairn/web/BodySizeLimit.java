package org.cairn.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.cairn.config.CairnConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared Content-Length over the configured limit before a byte of the body is read:
 * the JSON body limit, or for a field report's attachment the attachment limit.
 */
public class BodySizeLimit {

    private static final Pattern ATTACHMENT = Pattern.compile("/api/v1/field-reports/[^/]+/attachments/[^/]+");

    private final long maxBodySize;
    private final long maxAttachmentSize;

    public BodySizeLimit(CairnConfig config) {
        this.maxBodySize = config.limits().maxBodySize().asLongValue();
        this.maxAttachmentSize = config.limits().maxAttachmentSize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void checkDeclaredLength(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long limit = ATTACHMENT.matcher(request.getUriInfo().getPath()).matches() ? maxAttachmentSize : maxBodySize;
        if (declared != null && parse(declared) > limit) {
            throw tooLarge(limit);
        }
    }

    public static ProblemException tooLarge(long limit) {
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
