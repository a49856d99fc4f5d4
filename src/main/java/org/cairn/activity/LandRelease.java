package org.cairn.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.ClientRecord;
import org.cairn.sync.ClientCreation;
import org.hibernate.envers.Audited;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Land an activity released from a hazard area (IMSMA "land release product"): the polygon as
 * processed, clipped to what remained of the hazard, with its outcome.
 */
@Entity
@Audited
@Table(name = "land_release")
public class LandRelease extends ClientRecord {

    public static final ClientCreation CREATION = new ClientCreation("land_release", "Land release", false,
            "choose a new id");

    public UUID activityId;

    public UUID hazardAreaId;

    @Enumerated(EnumType.STRING)
    public ReleaseOutcome outcome;

    public LocalDate releaseDate;

    public Integer depthCm;

    public String technicalAsset;

    public String criteria;

    /** Whether this release finishes the hazard: it closes even if a sliver remains on the map. */
    public boolean completesHazard;

    /** The polygon as the team submitted it, before clipping. */
    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon submittedGeom;

    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    public MultiPolygon geom;

    public Instant voidedAt;

    public String voidedBy;

    public String voidReason;

    public boolean isVoid() {
        return voidedAt != null;
    }
}
