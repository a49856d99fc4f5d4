package org.cairn.fieldreport;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A report a field team sent, and the data manager's decision on it. */
@Entity
@Audited
@Table(name = "field_report")
public class FieldReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_number")
    public String reportNumber;

    @Column(name = "form_name")
    public String formName;

    @Column(name = "form_version")
    public String formVersion;

    public String reporter;

    @Column(name = "reporting_organisation_id")
    public UUID reportingOrganisationId;

    @Column(name = "date_of_information")
    public LocalDate dateOfInformation;

    public String device;

    public boolean atomic;

    @Enumerated(EnumType.STRING)
    public FieldReportStatus status;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @NotAudited
    @Column(name = "creation_digest")
    public String creationDigest;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Version
    public long version = 1;
}
