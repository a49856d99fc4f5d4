package org.cairn.victim;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a casualty is. Served to victim assistance officers and administrators only; stored encrypted. */
@Schema(name = "PersonalData")
public class PersonalData {

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "Amina Deng")
    public String name;

    @Schema(examples = "2011-04-02")
    @NotAfterToday
    public LocalDate dateOfBirth;

    @Size(max = 100)
    @Schema(examples = "KL-0042-7781")
    public String identityNumber;

    @Size(max = 50)
    @Schema(examples = "+000 912 000 111")
    public String phone;

    @Size(max = 500)
    @Schema(examples = "Tamsa village, near the school")
    public String address;

    @Valid
    public Informant informant;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public Instant updatedAt;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public String updatedBy;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true)
    public Long version;

    /** Who told of the casualty, to go back to them. */
    @Schema(name = "Informant")
    public static class Informant {
        @Size(max = 200)
        public String name;

        @Size(max = 50)
        public String phone;

        @Size(max = 100)
        @Schema(examples = "Brother")
        public String relation;
    }
}
