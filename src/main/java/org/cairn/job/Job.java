package org.cairn.job;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A job as clients see it: its state and progress ({@code done} of {@code total} units, which
 * are features for an import and items for an assignment), then its summary or why it failed.
 */
@Schema(name = "Job")
public record Job(
        UUID id,
        JobKind kind,
        JobState state,
        long done,
        @Schema(nullable = true, description = "Unknown until the work is counted.") Long total,
        @JsonRawValue @Schema(type = SchemaType.OBJECT,
                nullable = true, description = "What the job did, once done; its shape depends on the kind.")
        String summary,
        @Schema(nullable = true) String failure,
        Instant createdAt,
        @Schema(nullable = true) Instant finishedAt) {
}
