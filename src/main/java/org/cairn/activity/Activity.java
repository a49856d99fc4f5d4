package org.cairn.activity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.organisation.ActivityType;
import org.cairn.sync.ClientCreation;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.MultiPolygon;

/** A survey or clearance task on one or more hazard areas (IMSMA "Activity"). */
@Entity
@Audited
@Table(name = "activity")
public class Activity extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("activity", "Activity", true,
            "choose a new id, or PUT to change it");

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public ActivityType type;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    public Instant statusChangedAt;

    public UUID implementingOrganisationId;

    public String team;

    public LocalDate startDate;

    public LocalDate endDate;

    public Integer clearanceDepthCm;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<ClearanceMethod> methods = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> assets = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> donors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "activity_hazard_area", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "hazard_area_id")
    public Set<UUID> hazardAreaIds = new LinkedHashSet<>();

    public LocalDate handoverDate;

    public Integer handoverWomen;

    public Integer handoverMen;

    public Integer handoverGirls;

    public Integer handoverBoys;

    /** The worksite, when one was drawn; many tasks are recorded by their hazards alone. */
    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon geom;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    public List<ActivitySurveyPoint> surveyPoints = new ArrayList<>();

    public LocalDate dateOfInformation;
}
