package org.cairn.eore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.sync.ClientCreation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A mass-media risk education campaign: its reach is an estimate, its place the areas it covered. */
@Entity
@Audited
@Table(name = "eore_campaign")
public class EoreCampaign extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("eore_campaign", "Risk education campaign", true,
            "choose a new id, or PUT to change it");

    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<CampaignMedium> media = new ArrayList<>();

    public LocalDate startDate;

    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> adminAreas = new ArrayList<>();

    public int estimatedReach;

    public String description;

    public UUID reportingOrganisationId;

    public LocalDate dateOfInformation;

    /** The campaign, unless there is none of this id or it was deleted. */
    static Optional<EoreCampaign> visible(UUID id) {
        return Optional.ofNullable(EoreCampaign.<EoreCampaign>findById(id)).filter(c -> !c.isDeleted());
    }
}
