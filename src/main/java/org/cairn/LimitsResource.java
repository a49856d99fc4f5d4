package org.cairn;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cairn.config.CairnConfig;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The size limits this installation enforces, so that a device can check a file before sending it. */
@Path("/api/v1/limits")
@Tag(name = "Limits", description = "What this installation accepts.")
public class LimitsResource {

    /** Bytes. */
    @Schema(name = "Limits")
    public record Limits(@Schema(examples = "10485760") long maxBodySize,
            @Schema(examples = "26214400") long maxAttachmentSize,
            @Schema(examples = "67108864") long maxImportSize) {
    }

    private final Limits limits;

    LimitsResource(CairnConfig config) {
        this.limits = new Limits(config.limits().maxBodySize().asLongValue(),
                config.limits().maxAttachmentSize().asLongValue(), config.limits().maxImportSize().asLongValue());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.READ_METADATA)
    @Operation(summary = "Size limits", description = "The largest JSON body, attachment and file of "
            + "administrative areas, in bytes; larger requests are refused with 413.")
    @APIResponse(responseCode = "200", description = "The limits.")
    public Limits limits() {
        return limits;
    }
}
