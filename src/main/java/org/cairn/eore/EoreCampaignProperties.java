package org.cairn.eore;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of a risk education campaign. */
@Schema(name = "EoreCampaignProperties")
public class EoreCampaignProperties extends RecordedData {

    static final int MOST_AREAS = 500;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "CAM-000003")
    public String localId;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "Rainy season radio spots")
    public String name;

    @NotEmpty
    @Size(max = 7)
    @Schema(required = true)
    public List<CampaignMedium> media = new ArrayList<>();

    @NotNull
    @NotAfterToday
    @Schema(required = true, examples = "2026-06-01")
    public LocalDate startDate;

    @Schema(description = "Null while it runs.", examples = "2026-08-31")
    public LocalDate endDate;

    @Size(max = MOST_AREAS)
    @Schema(description = "Pcodes of the administrative areas it covered; the geometry is their union.",
            examples = "[\"ZK01\"]")
    public List<String> adminAreas = new ArrayList<>();

    @NotNull
    @PositiveOrZero
    @Max(1_000_000_000)
    @Schema(required = true, description = "People reached, as estimated by the broadcaster or platform: not a "
            + "head count, so never added to session beneficiaries.", examples = "250000")
    public Integer estimatedReach;

    @Size(max = 10_000)
    public String description;

    @NotNull
    @Schema(required = true)
    public UUID reportingOrganisationId;

    @NotNull
    @NotAfterToday
    @Schema(required = true, description = "The day the facts were true.", examples = "2026-09-02")
    public LocalDate dateOfInformation;
}
