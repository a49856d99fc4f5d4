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

/** A need of a casualty or an indirect victim, and the service that meets it. */
@Entity
@Audited
@Table(name = "assistance")
public class Assistance extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("assistance", "Assistance record", true,
            "choose a new id");

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

    public UUID providerOrganisationId;

    @Convert(converter = SealedText.class)
    @Column(name = "referred_to_sealed")
    public String referredTo;

    public LocalDate neededOn;

    public LocalDate referredOn;

    public LocalDate startedOn;

    public LocalDate completedOn;

    @Convert(converter = SealedText.class)
    @Column(name = "notes_sealed")
    public String notes;
}
