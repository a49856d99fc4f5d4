package org.cairn.victim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.sealing.SealedText;
import org.hibernate.annotations.Generated;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;

/** A victim of an accident, without anything that identifies the person: that lives apart, encrypted. */
@Entity
@Audited
@Table(name = "casualty")
public class Casualty extends PanacheEntityBase {

    @Id
    public UUID id;

    @NotAudited
    @Generated(event = EventType.INSERT)
    @Column(name = "local_id", insertable = false, updatable = false)
    public String localId;

    @Column(name = "accident_id")
    public UUID accidentId;

    @Enumerated(EnumType.STRING)
    public CasualtyOutcome outcome;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "age_at_accident")
    public Integer ageAtAccident;

    @Enumerated(EnumType.STRING)
    public CasualtyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_at_time")
    public ActivityAtTime activityAtTime;

    @Column(name = "handled_deliberately")
    public Boolean handledDeliberately;

    /** Health data: sealed in the database and its history. */
    @Convert(converter = SealedText.class)
    @Column(name = "injuries_sealed")
    public String injuries;

    @Column(name = "consent_share_authorities")
    public boolean consentShareAuthorities;

    @Column(name = "consent_share_ngos")
    public boolean consentShareNgos;

    @Column(name = "reporting_organisation_id")
    public UUID reportingOrganisationId;

    @Column(name = "date_of_information")
    public LocalDate dateOfInformation;

    @NotAudited
    @Column(name = "creation_digest")
    public String creationDigest;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    @Version
    public long version = 1;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public AgeGroup ageGroup() {
        if (ageAtAccident == null) {
            return AgeGroup.UNKNOWN;
        }
        return ageAtAccident < 18 ? AgeGroup.CHILD : AgeGroup.ADULT;
    }
}
