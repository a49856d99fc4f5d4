package org.cairn.fieldreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.sync.ClientCreation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A report a field team sent, and the data manager's decision on it. */
@Entity
@Audited
@Table(name = "field_report")
public class FieldReport extends PanacheEntityBase {

    public static final ClientCreation CREATION = new ClientCreation("field_report", "Field report", false,
            "a new report needs a new reportId");

    @Id
    public UUID id;

    public String reportNumber;

    public String formName;

    public String formVersion;

    public String reporter;

    public UUID reportingOrganisationId;

    public LocalDate dateOfInformation;

    public String device;

    public boolean atomic;

    @Enumerated(EnumType.STRING)
    public FieldReportStatus status;

    public String rejectionReason;

    @NotAudited
    public String creationDigest;

    public Instant submittedAt;

    public String submittedBy;

    public Instant decidedAt;

    public String decidedBy;

    @Version
    public long version = 1;
}
