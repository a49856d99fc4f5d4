package org.cairn.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.sealing.SealedText;
import org.cairn.sync.ClientCreation;
import org.hibernate.envers.Audited;

/** A victim of an accident, without anything that identifies the person: that lives apart, encrypted. */
@Entity
@Audited
@Table(name = "casualty")
public class Casualty extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("casualty", "Casualty", true,
            "choose a new id, or PUT to change it");

    public UUID accidentId;

    @Enumerated(EnumType.STRING)
    public CasualtyOutcome outcome;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    public Integer ageAtAccident;

    @Enumerated(EnumType.STRING)
    public CasualtyStatus status;

    @Enumerated(EnumType.STRING)
    public ActivityAtTime activityAtTime;

    public Boolean handledDeliberately;

    /** Health data: sealed in the database and its history. */
    @Convert(converter = SealedText.class)
    @Column(name = "injuries_sealed")
    public String injuries;

    public boolean consentShareAuthorities;

    public boolean consentShareNgos;

    public UUID reportingOrganisationId;

    public LocalDate dateOfInformation;

    public AgeGroup ageGroup() {
        if (ageAtAccident == null) {
            return AgeGroup.UNKNOWN;
        }
        return ageAtAccident < 18 ? AgeGroup.CHILD : AgeGroup.ADULT;
    }
}
