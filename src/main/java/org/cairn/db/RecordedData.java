package org.cairn.db;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bookkeeping of a {@link Recorded} record as answers show it: read-only, so that a client
 * sends it back unchanged or not at all, and Cairn alone sets it.
 */
public abstract class RecordedData {

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public Instant createdAt;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public String createdBy;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public Instant updatedAt;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public String updatedBy;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Increases with every change; the ETag is this number in quotes.")
    public Long version;

    /** Shows the record's bookkeeping. */
    protected void showBookkeeping(Recorded record) {
        createdAt = record.createdAt;
        createdBy = record.createdBy;
        updatedAt = record.updatedAt;
        updatedBy = record.updatedBy;
        version = record.version;
    }
}
