package org.cairn.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cairn.organisation.ActivityType;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.MultiPolygon;

/** A survey or clearance task on one or more hazard areas (IMSMA "Activity"). */
@Entity
@Audited
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;

    @NotAudited
    @Generated(event = EventType.INSERT)
    @Column(name = "local_id", insertable = false, updatable = false)
    public String localId;

    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    public ActivityType type;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "implementing_organisation_id")
    public UUID implementingOrganisationId;

    public String team;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "clearance_depth_cm")
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

    @Column(name = "handover_date")
    public LocalDate handoverDate;

    @Column(name = "handover_women")
    public Integer handoverWomen;

    @Column(name = "handover_men")
    public Integer handoverMen;

    @Column(name = "handover_girls")
    public Integer handoverGirls;

    @Column(name = "handover_boys")
    public Integer handoverBoys;

    /** The worksite, when one was drawn; many tasks are recorded by their hazards alone. */
    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon geom;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    public List<ActivitySurveyPoint> surveyPoints = new ArrayList<>();

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
}
