package org.cairn.eore;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The properties of a risk education session; read-only ones are computed by Cairn. */
@Schema(name = "EoreSessionProperties")
public class EoreSessionProperties extends RecordedData {

    static final int MOST_HAZARD_AREAS = 50;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "EORE-000042")
    public String localId;

    @NotNull
    @NotAfterToday
    @Schema(required = true, examples = "2026-11-12")
    public LocalDate date;

    @Size(max = 200)
    @Schema(description = "The village, camp or school reached.", examples = "Kilo 7 village")
    public String community;

    @NotNull
    @Schema(required = true)
    public DeliveryMethod deliveryMethod;

    @Valid
    @NotNull
    @Schema(required = true)
    public Audience audience;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "Girls, boys, women and men together.", examples = "46")
    public Integer beneficiaries;

    @Size(max = 6)
    @Schema(description = "What the session taught.")
    public List<EoreTopic> topics = new ArrayList<>();

    @Size(max = 10)
    @Schema(description = "Categories of ordnance shown, as pictures or inert models.")
    public List<OrdnanceCategory> ordnanceShown = new ArrayList<>();

    @Size(max = MOST_HAZARD_AREAS)
    @Schema(description = "Hazard areas the session warned of.")
    public List<UUID> hazardAreaIds = new ArrayList<>();

    @Positive
    @Max(1000)
    @Schema(description = "Staff who delivered it.", examples = "2")
    public Integer staffCount;

    @Schema(description = "The campaign it was part of, if any.")
    public UUID campaignId;

    @Size(max = 10_000)
    public String description;

    @NotNull
    @Schema(required = true, description = "The organisation that delivered the session.")
    public UUID reportingOrganisationId;

    @NotNull
    @NotAfterToday
    @Schema(required = true, description = "The day the facts were true.", examples = "2026-11-13")
    public LocalDate dateOfInformation;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, nullable = true, description = "Pcode of the deepest administrative area that holds "
            + "the place; null outside every known area.", examples = "ZK0101")
    public String adminArea;
}
