package org.cairn.activity;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;
import org.cairn.db.RecordedData;
import org.cairn.organisation.ActivityType;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.survey.SurveyPointData;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of an activity feature; read-only ones are computed by Cairn and ignored on input. */
@Schema(name = "ActivityProperties")
public class ActivityProperties extends RecordedData {

    /** More hazard areas than any one activity works on; a longer list is refused before its ids are looked up. */
    static final int MOST_HAZARD_AREAS = 500;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "ACT-000042")
    public String localId;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "Kalara ridge clearance, phase 1")
    public String name;

    @Size(max = 10_000)
    public String description;

    @NotNull
    @Schema(required = true)
    public ActivityType type;

    @Schema(description = "PLANNED when omitted on creation. Moves: PLANNED to IN_PROGRESS; IN_PROGRESS to "
            + "SUSPENDED or COMPLETED; SUSPENDED to IN_PROGRESS or COMPLETED; any of the first three to CANCELLED.")
    public ActivityStatus status;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public Instant statusChangedAt;

    @NotNull
    @Schema(required = true, description = "The operator doing the work; the activity belongs to it.")
    public UUID implementingOrganisationId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "Demining Action Group")
    public String implementingOrganisationName;

    @Size(max = 200)
    @Schema(examples = "Manual team 3")
    public String team;

    public LocalDate startDate;

    @Schema(description = "Not before the start date.")
    public LocalDate endDate;

    @PositiveOrZero
    @Schema(description = "Depth to which the land is searched, centimetres.", examples = "13")
    public Integer clearanceDepthCm;

    public List<ClearanceMethod> methods = new ArrayList<>();

    @Schema(description = "Machines, dogs and other assets, as named in the programme.", examples = "[\"MV-4 flail\"]")
    public List<@NotBlank @Size(max = 200) String> assets = new ArrayList<>();

    @Schema(examples = "[\"ECHO\"]")
    public List<@NotBlank @Size(max = 200) String> donors = new ArrayList<>();

    @NotEmpty
    @Size(max = MOST_HAZARD_AREAS)
    @Schema(required = true, description = "The hazard areas the activity works on; at least one.")
    public List<UUID> hazardAreaIds = new ArrayList<>();

    @Valid
    public Handover handover;

    public List<@Valid SurveyPointData> surveyPoints = new ArrayList<>();

    @NotNull
    @Schema(required = true, description = "The day the facts were true.", examples = "2026-11-20")
    @NotAfterToday
    public LocalDate dateOfInformation;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Area of the worksite on the WGS 84 ellipsoid, square metres.")
    public Double areaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Land this activity released, by outcome, square metres.",
            examples = "{\"CLEARED\": 15230.5}")
    public Map<ReleaseOutcome, Double> releasedAreaM2;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Devices found, by ordnance category.", examples = "{\"AP_MINE\": 14}")
    public Map<OrdnanceCategory, Integer> devicesFound;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "Pcode of the deepest administrative area that holds "
            + "the shape's point on surface; null outside every known area.", examples = "ZK0101")
    public String adminArea;
}
