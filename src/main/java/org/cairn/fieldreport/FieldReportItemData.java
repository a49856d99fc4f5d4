package org.cairn.fieldreport;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record in a field report: a new one (its id becomes the record's id) or a change of the
 * record {@code targetId} as it stood at {@code baseVersion}.
 */
@Schema(name = "FieldReportItemSubmission")
public class FieldReportItemData {

    @NotNull
    @Schema(required = true, description = "Chosen by the device; for a new record, the record's id.")
    public UUID id;

    @NotNull
    @Schema(required = true)
    public ItemKind kind;

    @Schema(description = "For a change: the record changed.")
    public UUID targetId;

    @Min(1)
    @Schema(description = "For a change: the version (ETag) of the record the change was made on.", examples = "3")
    public Long baseVersion;

    @Schema(description = "The activity a land release record or device finding belongs to.")
    public UUID activityId;

    @Schema(description = "The hazard area a device was found on, when no activity found it.")
    public UUID hazardAreaId;

    @Schema(description = "The accident a device was found at.")
    public UUID accidentId;

    @NotNull
    @Schema(required = true, type = SchemaType.OBJECT, description = "The record exactly as its own endpoint takes "
            + "it: a GeoJSON Feature, or for a casualty the casualty object.")
    public JsonNode content;
}
