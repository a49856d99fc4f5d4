package org.cairn.quality;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.sync.ClientCreation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A visit of an inspector to an activity at work (IMAS 07.40). */
@Entity
@Audited
@Table(name = "monitoring_visit")
public class MonitoringVisit extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("monitoring_visit", "Monitoring visit", true,
            "choose a new id, or PUT to change it");

    public UUID activityId;

    public LocalDate visitDate;

    public String inspector;

    /** The answers, as a JSON array of {@link ChecklistAnswer}: read back only as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String checklist;

    /** The findings, as a JSON array of {@link Finding}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;

    public String summary;

    public UUID reportingOrganisationId;

    public LocalDate dateOfInformation;
}
