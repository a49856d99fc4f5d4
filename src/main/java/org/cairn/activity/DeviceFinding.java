package org.cairn.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.ordnance.OrdnanceCategory;
import org.hibernate.annotations.Generated;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;
import org.locationtech.jts.geom.Point;

/** Explosive ordnance found, with where, how many, and what became of it. */
@Entity
@Audited
@Table(name = "device_finding")
public class DeviceFinding extends PanacheEntityBase {

    @Id
    public UUID id;

    @NotAudited
    @Generated(event = EventType.INSERT)
    @Column(name = "local_id", insertable = false, updatable = false)
    public String localId;

    @Column(name = "activity_id")
    public UUID activityId;

    /** The accident the device caused or was found at, if any. */
    @Column(name = "accident_id")
    public UUID accidentId;

    /** The hazard the device counts for: given directly, or the activity's linked hazard nearest to it. */
    @Column(name = "hazard_area_id")
    public UUID hazardAreaId;

    @Column(name = "ordnance_type_id")
    public UUID ordnanceTypeId;

    @Enumerated(EnumType.STRING)
    public OrdnanceCategory category;

    public int quantity;

    @Enumerated(EnumType.STRING)
    public DeviceCondition condition;

    @Column(name = "depth_cm")
    public Integer depthCm;

    @Column(columnDefinition = "geometry(Point,4326)")
    public Point geom;

    @Column(name = "found_date")
    public LocalDate foundDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposal_method")
    public DisposalMethod disposalMethod;

    @Column(name = "disposal_date")
    public LocalDate disposalDate;

    public String description;

    @Column(name = "reporting_organisation_id")
    public UUID reportingOrganisationId;

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
