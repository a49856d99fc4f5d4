package org.cairn.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.sync.ClientCreation;
import org.hibernate.envers.Audited;
import org.locationtech.jts.geom.Point;

/** An unplanned event involving explosive ordnance. Its exact place is sensitive: most callers see it generalised. */
@Entity
@Audited
@Table(name = "accident")
public class Accident extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("accident", "Accident", true,
            "choose a new id, or PUT to change it");

    @Enumerated(EnumType.STRING)
    public AccidentType type;

    public LocalDate accidentDate;

    public boolean dateKnown;

    public LocalTime accidentTime;

    @Column(columnDefinition = "geometry(Point,4326)")
    public Point geom;

    @Column(name = "accuracy_m")
    public Double accuracyM;

    /** False when recording the true place would endanger people: the point is then the community's centre. */
    public boolean locationSafeToRecord;

    public UUID ordnanceTypeId;

    @Enumerated(EnumType.STRING)
    public OrdnanceCategory deviceCategory;

    public String cause;

    public UUID hazardAreaId;

    public UUID activityId;

    public Boolean deminingPpeWorn;

    public Boolean deminingProcedureFollowed;

    public String deminingDescription;

    public String description;

    public UUID reportingOrganisationId;

    public LocalDate dateOfInformation;
}
