package org.cairn.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.sync.ClientCreation;
import org.hibernate.envers.Audited;
import org.locationtech.jts.geom.Point;

/** Explosive ordnance found, with where, how many, and what became of it. */
@Entity
@Audited
@Table(name = "device_finding")
public class DeviceFinding extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("device_finding", "Device finding", true,
            "choose a new id");

    public UUID activityId;

    /** The accident the device caused or was found at, if any. */
    public UUID accidentId;

    /** The hazard the device counts for: given directly, or the activity's linked hazard nearest to it. */
    public UUID hazardAreaId;

    public UUID ordnanceTypeId;

    @Enumerated(EnumType.STRING)
    public OrdnanceCategory category;

    public int quantity;

    @Enumerated(EnumType.STRING)
    public DeviceCondition condition;

    public Integer depthCm;

    @Column(columnDefinition = "geometry(Point,4326)")
    public Point geom;

    public LocalDate foundDate;

    @Enumerated(EnumType.STRING)
    public DisposalMethod disposalMethod;

    public LocalDate disposalDate;

    public String description;

    public UUID reportingOrganisationId;
}
