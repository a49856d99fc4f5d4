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

/** A need of a casualty or an indirect victim, and the service that meets it. */
@Entity
@Audited
@Table(name = "assistance")
public class Assistance extends PanacheEntityBase {

    @Id
    public UUID id;

    @NotAudited
    @Generated(event = EventType.INSERT)
    @Column(name = "local_id", insertable = false, updatable = false)
    public String localId;

    @Column(name = "casualty_id")
    public UUID casualtyId;

    @Enumerated(EnumType.STRING)
    public AssistanceRecipient recipient;

    /** For an indirect victim: how the person is related to the casualty. Sealed, as are the referral and notes. */
    @Convert(converter = SealedText.class)
    @Column(name = "relation_sealed")
    public String relation;

    @Enumerated(EnumType.STRING)
    public AssistanceType type;

    @Enumerated(EnumType.STRING)
    public AssistanceStatus status;

    @Column(name = "provider_organisation_id")
    public UUID providerOrganisationId;

    @Convert(converter = SealedText.class)
    @Column(name = "referred_to_sealed")
    public String referredTo;

    @Column(name = "needed_on")
    public LocalDate neededOn;

    @Column(name = "referred_on")
    public LocalDate referredOn;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Convert(converter = SealedText.class)
    @Column(name = "notes_sealed")
    public String notes;

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
}
