package org.cairn.victim;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need or service of victim assistance, as clients send and receive it. */
@Schema(name = "Assistance")
public class AssistanceData extends RecordedData {

    @Schema(description = "Chosen by the client when creating, or by Cairn.")
    public UUID id;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "VA-000009")
    public String localId;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public UUID casualtyId;

    @Schema(description = "CASUALTY when omitted.")
    public AssistanceRecipient recipient;

    @Size(max = 100)
    @Schema(description = "For an indirect victim: relation to the casualty.", examples = "Mother")
    public String relation;

    @NotNull
    @Schema(required = true)
    public AssistanceType type;

    @NotNull
    @Schema(required = true)
    public AssistanceStatus status;

    public UUID providerOrganisationId;

    @Size(max = 200)
    @Schema(examples = "Regional orthopaedic centre")
    public String referredTo;

    public LocalDate neededOn;

    public LocalDate referredOn;

    public LocalDate startedOn;

    @Schema(description = "Not before the start.")
    @NotAfterToday
    public LocalDate completedOn;

    @Size(max = 10_000)
    public String notes;

    static AssistanceData of(Assistance assistance) {
        AssistanceData data = new AssistanceData();
        data.id = assistance.id;
        data.localId = assistance.localId;
        data.casualtyId = assistance.casualtyId;
        data.recipient = assistance.recipient;
        data.relation = assistance.relation;
        data.type = assistance.type;
        data.status = assistance.status;
        data.providerOrganisationId = assistance.providerOrganisationId;
        data.referredTo = assistance.referredTo;
        data.neededOn = assistance.neededOn;
        data.referredOn = assistance.referredOn;
        data.startedOn = assistance.startedOn;
        data.completedOn = assistance.completedOn;
        data.notes = assistance.notes;
        data.showBookkeeping(assistance);
        return data;
    }
}
