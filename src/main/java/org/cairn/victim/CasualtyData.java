package org.cairn.victim;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.RecordedData;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A casualty as clients send and receive it. It holds no direct identifier; the exact age and the
 * injuries are shown only to callers with the sensitive-data permission.
 */
@Schema(name = "Casualty")
public class CasualtyData extends RecordedData {

    @Schema(description = "Chosen by the client when creating, or by Cairn.")
    public UUID id;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, examples = "CAS-000042")
    public String localId;

    @NotNull
    @Schema(required = true)
    public UUID accidentId;

    @NotNull
    @Schema(required = true)
    public CasualtyOutcome outcome;

    @NotNull
    @Schema(required = true)
    public Sex sex;

    @Min(0)
    @Max(120)
    @Schema(description = "Years; withheld (null) from callers without the sensitive-data permission.",
            examples = "14")
    public Integer ageAtAccident;

    @JsonProperty(access = READ_ONLY)
    @Schema(readOnly = true, description = "CHILD under 18, from the age.")
    public AgeGroup ageGroup;

    @NotNull
    @Schema(required = true)
    public CasualtyStatus status;

    public ActivityAtTime activityAtTime;

    @Schema(description = "Whether the device was handled on purpose.")
    public Boolean handledDeliberately;

    @Size(max = 2000)
    @Schema(description = "Summary of injuries; withheld (null) from callers without the sensitive-data permission.",
            examples = "Below-knee amputation, left leg")
    public String injuries;

    @Schema(description = "Consent to share the record with the authorities; without it, viewers and data "
            + "managers do not see it.")
    public boolean consentShareAuthorities;

    @Schema(description = "Consent to share the record with NGOs and partners; without it, partners, operators "
            + "and field surveyors do not see it (it still counts in statistics).")
    public boolean consentShareNgos;

    @NotNull
    @Schema(required = true)
    public UUID reportingOrganisationId;

    @NotNull
    @Schema(required = true, examples = "2026-10-05")
    @NotAfterToday
    public LocalDate dateOfInformation;

    /** The casualty as this caller may see it. */
    static CasualtyData of(Casualty casualty, boolean sensitive) {
        CasualtyData data = new CasualtyData();
        data.id = casualty.id;
        data.localId = casualty.localId;
        data.accidentId = casualty.accidentId;
        data.outcome = casualty.outcome;
        data.sex = casualty.sex;
        data.ageAtAccident = sensitive ? casualty.ageAtAccident : null;
        data.ageGroup = casualty.ageGroup();
        data.status = casualty.status;
        data.activityAtTime = casualty.activityAtTime;
        data.handledDeliberately = casualty.handledDeliberately;
        data.injuries = sensitive ? casualty.injuries : null;
        data.consentShareAuthorities = casualty.consentShareAuthorities;
        data.consentShareNgos = casualty.consentShareNgos;
        data.reportingOrganisationId = casualty.reportingOrganisationId;
        data.dateOfInformation = casualty.dateOfInformation;
        data.showBookkeeping(casualty);
        return data;
    }
}
