package org.cairn.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.cairn.config.CairnConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared Content-Length over the configured limit before a byte of the body is read:
 * the JSON body limit, or for a field report's attachment (or a field app's submission, which carries
 * them) or an import of areas their own limit.
 */
public class BodySizeLimit {

    private static final Pattern ATTACHMENT = Pattern.compile("/api/v1/field-reports/[^/]+/attachments/[^/]+"
            + "|/openrosa(/key/[^/]+)?/submission");
    private static final Pattern IMPORT = Pattern.compile("/api/v1/admin-areas(:|%3A|%3a)import");

    private final long maxBodySize;
    private final long maxAttachmentSize;
    private final long maxImportSize;

    public BodySizeLimit(CairnConfig config) {
        this.maxBodySize = config.limits().maxBodySize().asLongValue();
        this.maxAttachmentSize = config.limits().maxAttachmentSize().asLongValue();
        this.maxImportSize = config.limits().maxImportSize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void checkDeclaredLength(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        String path = request.getUriInfo().getPath();
        long limit = ATTACHMENT.matcher(path).matches() ? maxAttachmentSize
                : IMPORT.matcher(path).matches() ? maxImportSize : maxBodySize;
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
