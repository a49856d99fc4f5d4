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
import org.hibernate.annotations.Generated;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Land an activity released from a hazard area (IMSMA "land release product"): the polygon as
 * processed, clipped to what remained of the hazard, with its outcome.
 */
@Entity
@Audited
@Table(name = "land_release")
public class LandRelease extends PanacheEntityBase {

    @Id
    public UUID id;

    @NotAudited
    @Generated(event = EventType.INSERT)
    @Column(name = "local_id", insertable = false, updatable = false)
    public String localId;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "hazard_area_id")
    public UUID hazardAreaId;

    @Enumerated(EnumType.STRING)
    public ReleaseOutcome outcome;

    @Column(name = "release_date")
    public LocalDate releaseDate;

    @Column(name = "depth_cm")
    public Integer depthCm;

    @Column(name = "technical_asset")
    public String technicalAsset;

    public String criteria;

    /** Whether this release finishes the hazard: it closes even if a sliver remains on the map. */
    @Column(name = "completes_hazard")
    public boolean completesHazard;

    /** The polygon as the team submitted it, before clipping. */
    @Column(name = "submitted_geom", columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon submittedGeom;

    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon geom;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "void_reason")
    public String voidReason;

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

    @Version
    public long version = 1;

    public boolean isVoid() {
        return voidedAt != null;
    }
}
