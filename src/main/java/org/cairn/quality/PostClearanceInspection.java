package org.cairn.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.sync.ClientCreation;
import org.hibernate.envers.Audited;

/** A sampling of released land after clearance (IMAS 07.42). */
@Entity
@Audited
@Table(name = "post_clearance_inspection")
public class PostClearanceInspection extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("post_clearance_inspection",
            "Post-clearance inspection", true, "choose a new id, or PUT to change it");

    public UUID landReleaseId;

    public LocalDate inspectionDate;

    public String inspector;

    @Column(name = "sampled_area_m2")
    public double sampledAreaM2;

    public int itemsFound;

    @Enumerated(EnumType.STRING)
    public InspectionResult result;

    /** The hazard area a failed inspection opened over the land. */
    public UUID reopenedHazardAreaId;

    public String notes;

    public UUID reportingOrganisationId;

    public LocalDate dateOfInformation;
}
