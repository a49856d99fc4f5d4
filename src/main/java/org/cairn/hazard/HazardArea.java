package org.cairn.hazard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.db.SessionQueries;
import org.cairn.ordnance.OrdnanceCategory;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * An area that is, or is suspected to be, contaminated by explosive ordnance (IMSMA "Land").
 * Written through Hibernate; read through the feature query path, which renders rows straight
 * from PostGIS.
 */
@Entity
@Audited
@Table(name = "hazard_area")
public class HazardArea extends PanacheEntityBase {

    @Id
    public UUID id;

    @NotAudited
    @Generated(event = EventType.INSERT)
    @Column(name = "local_id", insertable = false, updatable = false)
    public String localId;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public Classification classification;

    @Enumerated(EnumType.STRING)
    public HazardStatus status;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "status_change_reason")
    public String statusChangeReason;

    @Column(name = "status_change_comment")
    public String statusChangeComment;

    @Enumerated(EnumType.STRING)
    public Evidence evidence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "direct_evidence", columnDefinition = "text[]")
    public List<DirectEvidence> directEvidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indirect_evidence", columnDefinition = "text[]")
    public List<IndirectEvidence> indirectEvidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contamination_types", columnDefinition = "text[]")
    public List<OrdnanceCategory> contaminationTypes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<Blockage> blockages = new ArrayList<>();

    @Column(name = "beneficiaries_women")
    public Integer beneficiariesWomen;

    @Column(name = "beneficiaries_men")
    public Integer beneficiariesMen;

    @Column(name = "beneficiaries_girls")
    public Integer beneficiariesGirls;

    @Column(name = "beneficiaries_boys")
    public Integer beneficiariesBoys;

    @Column(name = "beneficiaries_indirect")
    public Integer beneficiariesIndirect;

    public String landowner;

    @Column(name = "reporting_organisation_id")
    public UUID reportingOrganisationId;

    @Column(name = "date_of_information")
    public LocalDate dateOfInformation;

    @Column(name = "estimated_area_m2")
    public Double estimatedAreaM2;

    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon geom;

    /** What is still suspected: the shape less every land release that is not void. */
    @Column(name = "remaining_geom", columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon remainingGeom;

    @Column(name = "cancelled_area_m2")
    public double cancelledAreaM2;

    @Column(name = "reduced_area_m2")
    public double reducedAreaM2;

    @Column(name = "cleared_area_m2")
    public double clearedAreaM2;

    @OneToMany(mappedBy = "hazardArea", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    public List<HazardSurveyPoint> surveyPoints = new ArrayList<>();

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

    /** Starts at 1: the first ETag a client sees is "1". */
    @Version
    public long version = 1;

    /** How the area under an id was first created, and whether it is deleted: what a repeated create is judged by. */
    record PriorCreation(String digest, boolean deleted) {
    }

    /**
     * The creation of the area under this id, if there is one: a plain query, since creating areas
     * (field reports check ten at a time) otherwise loads a whole audited entity to learn there is none.
     */
    static Optional<PriorCreation> priorCreation(UUID id) {
        return SessionQueries.first(getEntityManager(),
                "SELECT creation_digest, deleted_at IS NOT NULL FROM hazard_area WHERE id = ?", id,
                row -> new PriorCreation(row.getString(1), row.getBoolean(2)));
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
