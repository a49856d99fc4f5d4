package org.cairn.organisation;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as clients send and receive it. */
@Schema(name = "Organisation")
public class OrganisationData extends RecordedData {

    @Schema(description = "Chosen by the client when creating, or by Cairn.")
    public UUID id;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "Demining Action Group")
    public String name;

    @Size(max = 30)
    @Schema(examples = "DAG")
    public String acronym;

    @NotNull
    @Schema(required = true)
    public OrganisationType type;

    @Valid
    public Accreditation accreditation = new Accreditation();

    @Valid
    public Contact contact = new Contact();

    /** What the national authority accredited the organisation for, and until when. */
    @Schema(name = "Accreditation")
    public static class Accreditation {
        public List<ActivityType> activityTypes = new ArrayList<>();

        @Schema(examples = "2027-06-30")
        public LocalDate validUntil;

        @JsonProperty(access = READ_ONLY)
        @Schema(readOnly = true, description = "Accredited types suspended by a quality manager "
                + "(`/accreditation-suspension`); activities of these types are recorded with a warning.")
        public List<ActivityType> suspendedActivityTypes = new ArrayList<>();

        @JsonProperty(access = READ_ONLY)
        @Schema(readOnly = true, nullable = true, examples = "2026-11-22")
        public LocalDate suspendedOn;

        @JsonProperty(access = READ_ONLY)
        @Schema(readOnly = true, nullable = true, examples = "Critical non-conformity MV-000007 not closed")
        public String suspensionReason;
    }

    @Schema(name = "Contact")
    public static class Contact {
        @Size(max = 200)
        public String name;

        @Email
        @Size(max = 200)
        @Schema(examples = "operations@dag.example")
        public String email;

        @Size(max = 50)
        @Schema(examples = "+211 912 345 678")
        public String phone;
    }

    static OrganisationData of(Organisation organisation) {
        OrganisationData data = new OrganisationData();
        data.id = organisation.id;
        data.name = organisation.name;
        data.acronym = organisation.acronym;
        data.type = organisation.type;
        data.accreditation.activityTypes = List.copyOf(organisation.accreditedActivityTypes);
        data.accreditation.validUntil = organisation.accreditationValidUntil;
        data.accreditation.suspendedActivityTypes = List.copyOf(organisation.suspendedActivityTypes);
        data.accreditation.suspendedOn = organisation.suspendedOn;
        data.accreditation.suspensionReason = organisation.suspensionReason;
        data.contact.name = organisation.contactName;
        data.contact.email = organisation.contactEmail;
        data.contact.phone = organisation.contactPhone;
        data.showBookkeeping(organisation);
        return data;
    }
}
