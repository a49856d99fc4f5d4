package org.cairn.hazard;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.sync.ClientCreation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
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
public class HazardArea extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("hazard_area", "Hazard area", true,
            "choose a new id, or PUT to change it");

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public Classification classification;

    @Enumerated(EnumType.STRING)
    public HazardStatus status;

    public Instant statusChangedAt;

    public String statusChangeReason;

    public String statusChangeComment;

    @Enumerated(EnumType.STRING)
    public Evidence evidence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<DirectEvidence> directEvidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<IndirectEvidence> indirectEvidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<OrdnanceCategory> contaminationTypes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<Blockage> blockages = new ArrayList<>();

    public Integer beneficiariesWomen;

    public Integer beneficiariesMen;

    public Integer beneficiariesGirls;

    public Integer beneficiariesBoys;

    public Integer beneficiariesIndirect;

    public String landowner;

    public UUID reportingOrganisationId;

    public LocalDate dateOfInformation;

    @Column(name = "estimated_area_m2")
    public Double estimatedAreaM2;

    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon geom;

    /** What is still suspected: the shape less every land release that is not void. */
    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
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
}
