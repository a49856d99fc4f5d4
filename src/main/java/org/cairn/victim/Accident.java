package org.cairn.victim;

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
import java.time.LocalTime;
import java.util.UUID;
import org.cairn.ordnance.OrdnanceCategory;
import org.hibernate.annotations.Generated;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;
import org.locationtech.jts.geom.Point;

/** An unplanned event involving explosive ordnance. Its exact place is sensitive: most callers see it generalised. */
@Entity
@Audited
@Table(name = "accident")
public class Accident extends PanacheEntityBase {

    @Id
    public UUID id;

    @NotAudited
    @Generated(event = EventType.INSERT)
    @Column(name = "local_id", insertable = false, updatable = false)
    public String localId;

    @Enumerated(EnumType.STRING)
    public AccidentType type;

    @Column(name = "accident_date")
    public LocalDate accidentDate;

    @Column(name = "date_known")
    public boolean dateKnown;

    @Column(name = "accident_time")
    public LocalTime accidentTime;

    @Column(columnDefinition = "geometry(Point,4326)")
    public Point geom;

    @Column(name = "accuracy_m")
    public Double accuracyM;

    /** False when recording the true place would endanger people: the point is then the community's centre. */
    @Column(name = "location_safe_to_record")
    public boolean locationSafeToRecord;

    @Column(name = "ordnance_type_id")
    public UUID ordnanceTypeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_category")
    public OrdnanceCategory deviceCategory;

    public String cause;

    @Column(name = "hazard_area_id")
    public UUID hazardAreaId;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "demining_ppe_worn")
    public Boolean deminingPpeWorn;

    @Column(name = "demining_procedure_followed")
    public Boolean deminingProcedureFollowed;

    @Column(name = "demining_description")
    public String deminingDescription;

    public String description;

    @Column(name = "reporting_organisation_id")
    public UUID reportingOrganisationId;

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
