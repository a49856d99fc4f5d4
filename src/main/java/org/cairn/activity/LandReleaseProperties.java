package org.cairn.activity;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of a land release feature; read-only ones are computed by Cairn. */
@Schema(name = "LandReleaseProperties")
public class LandReleaseProperties extends RecordedData {

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "LR-000007")
    public String localId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public UUID activityId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "ACT-000042")
    public String activityLocalId;

    @NotNull
    @Schema(required = true, description = "The hazard area released from; one the activity works on.")
    public UUID hazardAreaId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "HAZ-000123")
    public String hazardAreaLocalId;

    @NotNull
    @Schema(required = true, description = "CANCELLED comes from non-technical survey, REDUCED from technical "
            + "survey, CLEARED from clearance, battle area clearance or technical survey.")
    public ReleaseOutcome outcome;

    @NotNull
    @Schema(required = true, examples = "2026-11-24")
    @NotAfterToday
    public LocalDate releaseDate;

    @PositiveOrZero
    @Schema(description = "Depth searched, centimetres; for CLEARED, the activity's clearance depth when omitted.",
            examples = "13")
    public Integer depthCm;

    @Size(max = 200)
    @Schema(description = "For REDUCED: the technical asset used, if any.", examples = "Mine detection dogs")
    public String technicalAsset;

    @Size(max = 2000)
    @Schema(description = "The release criteria applied.", examples = "Two passes with detectors, no signals")
    public String criteria;

    @Schema(description = "True when this release finishes the hazard area: it closes whatever sliver remains.")
    public boolean completesHazard;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Area released on the WGS 84 ellipsoid, square metres, after clipping.")
    public Double areaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Area of the polygon as submitted, before clipping, square metres.")
    public Double submittedAreaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "A void record is kept but no longer counts.")
    public Boolean voided;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public Instant voidedAt;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public String voidedBy;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public String voidReason;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "Pcode of the deepest administrative area that holds "
            + "the shape's point on surface; null outside every known area.", examples = "ZK0101")
    public String adminArea;
}
