package org.cairn.quality;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of a monitoring visit; read-only ones are computed by Cairn. */
@Schema(name = "MonitoringVisitProperties")
public class MonitoringVisitProperties extends RecordedData {

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "MV-000007")
    public String localId;

    @NotNull
    @Schema(required = true, description = "The activity visited.")
    public UUID activityId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "The organisation whose work was monitored: the activity's.")
    public UUID implementingOrganisationId;

    @NotNull
    @NotAfterToday
    @Schema(required = true, examples = "2026-11-20")
    public LocalDate date;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "M. Okello")
    public String inspector;

    @Valid
    @Size(max = 200)
    public List<ChecklistAnswer> checklist = new ArrayList<>();

    @Valid
    @Size(max = 100)
    public List<Finding> findings = new ArrayList<>();

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Non-conformities whose corrective action is not closed.", examples = "1")
    public Integer openNonConformities;

    @Size(max = 10_000)
    public String summary;

    @NotNull
    @Schema(required = true, description = "The inspecting organisation, usually the national authority.")
    public UUID reportingOrganisationId;

    @NotNull
    @NotAfterToday
    @Schema(required = true, description = "The day the facts were true.", examples = "2026-11-21")
    public LocalDate dateOfInformation;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "Pcode of the activity's administrative area.")
    public String adminArea;
}
