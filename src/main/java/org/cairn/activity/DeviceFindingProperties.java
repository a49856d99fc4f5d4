package org.cairn.activity;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of a device finding feature; read-only ones are computed by Cairn. */
@Schema(name = "DeviceFindingProperties")
public class DeviceFindingProperties extends RecordedData {

    private static final String RESTRICTED = "Restricted for an IED and for a device found in an AMMUNITION_STORAGE "
            + "area: null there for everyone but data managers and administrators.";
    private static final String KEPT = " A replacement by anyone else that leaves it null keeps it as stored.";

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "DEV-000311")
    public String localId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "The activity that found it, if any.")
    public UUID activityId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "The accident it caused or was found at, if any.")
    public UUID accidentId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "The hazard area it counts for.")
    public UUID hazardAreaId;

    @Schema(description = "A model of the ordnance catalogue; its category is the finding's. " + RESTRICTED + KEPT,
            examples = "00000000-0000-4000-8000-000000000102")
    public UUID ordnanceTypeId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = RESTRICTED, examples = "PMN-2")
    public String model;

    @Schema(description = "Required when no ordnance type is named; must match it when one is.")
    public OrdnanceCategory category;

    @NotNull
    @Min(1)
    @Max(1_000_000)
    @Schema(required = true, examples = "3")
    public Integer quantity;

    public DeviceCondition condition;

    @PositiveOrZero
    @Schema(description = "Depth below the surface, centimetres.", examples = "8")
    public Integer depthCm;

    @NotNull
    @Schema(required = true, examples = "2026-11-22")
    @NotAfterToday
    public LocalDate foundDate;

    public DisposalMethod disposalMethod;

    @Schema(description = "Not before the day it was found.")
    @NotAfterToday
    public LocalDate disposalDate;

    @Size(max = 2000)
    @Schema(description = RESTRICTED + KEPT)
    public String description;

    @Schema(description = "Who reports it. For a finding of an activity, the implementing organisation when omitted.")
    public UUID reportingOrganisationId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "Pcode of the deepest administrative area that holds "
            + "the shape's point on surface; null outside every known area.", examples = "ZK0101")
    public String adminArea;
}
