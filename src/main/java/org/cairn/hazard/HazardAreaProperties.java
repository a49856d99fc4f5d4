package org.cairn.hazard;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.survey.SurveyPointData;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The properties of a hazard area feature. Read-only ones are computed by Cairn; a client may send
 * them back unchanged and they are ignored.
 */
@Schema(name = "HazardAreaProperties")
public class HazardAreaProperties extends RecordedData {

    private static final String STORE_TEXT = "Restricted on an AMMUNITION_STORAGE area, where it tells what the store "
            + "holds: null there for everyone but data managers and administrators.";

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Human id from a sequence.", examples = "HAZ-000123")
    public String localId;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "Kalara ridge minefield")
    public String name;

    @Size(max = 10_000)
    @Schema(description = STORE_TEXT)
    public String description;

    @NotNull
    @Schema(required = true)
    public Classification classification;

    @Schema(description = "OPEN when omitted on creation.")
    public HazardStatus status;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "When the status last changed.")
    public Instant statusChangedAt;

    @Size(max = 200)
    @Schema(description = "Why the status last changed.", examples = "Access denied by landowner")
    public String statusChangeReason;

    @Size(max = 2000)
    @Schema(description = STORE_TEXT)
    public String statusChangeComment;

    @Schema(description = "NOT_SPECIFIED when omitted.")
    public Evidence evidence;

    public List<DirectEvidence> directEvidence = new ArrayList<>();

    public List<IndirectEvidence> indirectEvidence = new ArrayList<>();

    public List<OrdnanceCategory> contaminationTypes = new ArrayList<>();

    public Priority priority;

    public List<Blockage> blockages = new ArrayList<>();

    @Valid
    public Beneficiaries beneficiaries;

    @Size(max = 500)
    @Schema(description = "Restricted: null for everyone but data managers and administrators.")
    public String landowner;

    @NotNull
    @Schema(required = true, description = "The organisation that reported the hazard; the record belongs to it.",
            examples = "4d1f6c2a-8b3e-4f7a-9c5d-2e6b8a0f1c3d")
    public UUID reportingOrganisationId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "Demining Action Group")
    public String reportingOrganisationName;

    @NotNull
    @Schema(required = true, description = "The day the facts were true.", examples = "2026-11-20")
    @NotAfterToday
    public LocalDate dateOfInformation;

    @PositiveOrZero
    @Schema(description = "Area estimated in the field, square metres.", examples = "25000")
    public Double estimatedAreaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Area of the polygon on the WGS 84 ellipsoid, square metres.")
    public Double areaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "What is still suspected after land release, square metres.")
    public Double remainingAreaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Released by non-technical survey, square metres.")
    public Double cancelledAreaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Released by technical survey, square metres.")
    public Double reducedAreaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Released by clearance, square metres.")
    public Double clearedAreaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Devices found in the hazard area, by ordnance category.",
            examples = "{\"AP_MINE\": 14, \"UXO\": 2}")
    public Map<OrdnanceCategory, Integer> devicesFound;

    public List<@Valid SurveyPointData> surveyPoints = new ArrayList<>();

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "Pcode of the deepest administrative area that holds "
            + "the shape's point on surface; null outside every known area.", examples = "ZK0101")
    public String adminArea;
}
