package org.cairn.victim;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of an accident feature; read-only ones are computed by Cairn. */
@Schema(name = "AccidentProperties")
public class AccidentProperties extends RecordedData {

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "ACC-000017")
    public String localId;

    @NotNull
    @Schema(required = true)
    public AccidentType type;

    @Schema(description = "The day it happened, or the best estimate when `dateKnown` is false.",
            examples = "2026-10-03")
    @NotAfterToday
    public LocalDate date;

    @NotNull
    @Schema(required = true, description = "Whether the date is known rather than estimated.")
    public Boolean dateKnown;

    @Schema(description = "Local time; withheld from callers without the sensitive-data permission.",
            examples = "14:30")
    public LocalTime time;

    @PositiveOrZero
    @Schema(description = "Accuracy of the point, metres.", examples = "25")
    public Double accuracyM;

    @NotNull
    @Schema(required = true, description = "False when recording the true place would endanger people: the point "
            + "is then the centre of the community.")
    public Boolean locationSafeToRecord;

    @Schema(description = "The device, from the ordnance catalogue, when known.")
    public UUID ordnanceTypeId;

    @Schema(description = "The device's category; taken from the ordnance type when one is named.")
    public OrdnanceCategory deviceCategory;

    @Size(max = 2000)
    @Schema(description = "Free text; withheld (null) from callers without the sensitive-data permission, as it "
            + "often names people.", examples = "Stepped on a mine while herding goats")
    public String cause;

    @Schema(description = "The hazard area it happened in; withheld (null) from callers without the sensitive-data "
            + "permission, as the area's shape would give the place away.")
    public UUID hazardAreaId;

    @Schema(description = "The activity it happened during; withheld (null) from callers without the "
            + "sensitive-data permission, as the worksite would give the place away.")
    public UUID activityId;

    @Valid
    @Schema(description = "For DEMINING accidents only.")
    public DeminingDetails demining;

    @Size(max = 10_000)
    @Schema(description = "Free text; withheld (null) from callers without the sensitive-data permission.")
    public String description;

    @NotNull
    @Schema(required = true)
    public UUID reportingOrganisationId;

    @NotNull
    @Schema(required = true, description = "The day the facts were true.", examples = "2026-10-05")
    @NotAfterToday
    public LocalDate dateOfInformation;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "True when the point shown is the centre of a grid cell, not the place.")
    public Boolean locationGeneralised;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Size of that grid cell, degrees.", examples = "0.1")
    public Double generalisationCellDegrees;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "Pcode of the deepest administrative area that holds "
            + "the shape's point on surface; null outside every known area.", examples = "ZK0101")
    public String adminArea;
}
