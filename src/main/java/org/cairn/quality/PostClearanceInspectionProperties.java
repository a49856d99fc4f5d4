package org.cairn.quality;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of a post-clearance inspection; read-only ones are computed by Cairn. */
@Schema(name = "PostClearanceInspectionProperties")
public class PostClearanceInspectionProperties extends RecordedData {

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "PCI-000002")
    public String localId;

    @NotNull
    @Schema(required = true, description = "The land release inspected.")
    public UUID landReleaseId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "The hazard area the land was released from.")
    public UUID hazardAreaId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "The organisation that released it: the activity's.")
    public UUID implementingOrganisationId;

    @NotNull
    @NotAfterToday
    @Schema(required = true, examples = "2026-11-25")
    public LocalDate date;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "M. Okello")
    public String inspector;

    @NotNull
    @Positive
    @Max(1_000_000_000)
    @Schema(required = true, description = "Area sampled, m²; no more than the land released.", examples = "1200")
    public Double sampledAreaM2;

    @NotNull
    @PositiveOrZero
    @Max(100_000)
    @Schema(required = true, description = "Explosive items found in the sample.", examples = "0")
    public Integer itemsFound;

    @NotNull
    @Schema(required = true, description = "FAIL whenever items were found; a failure reopens the land as a hazard "
            + "area and cannot be taken back.")
    public InspectionResult result;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "The hazard area the failure opened over the land.")
    public UUID reopenedHazardAreaId;

    @Size(max = 10_000)
    public String notes;

    @NotNull
    @Schema(required = true, description = "The inspecting organisation, usually the national authority.")
    public UUID reportingOrganisationId;

    @NotNull
    @NotAfterToday
    @Schema(required = true, description = "The day the facts were true.", examples = "2026-11-26")
    public LocalDate dateOfInformation;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "Pcode of the land release's administrative area.")
    public String adminArea;
}
