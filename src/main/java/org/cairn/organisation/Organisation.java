package org.cairn.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairn.db.Recorded;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An organisation of the programme: the authority, operators, donors' agencies. */
@Entity
@Audited
@Table(name = "organisation")
public class Organisation extends Recorded {

    public String name;

    public String acronym;

    @Enumerated(EnumType.STRING)
    public OrganisationType type;

    /** Activity types the national authority accredited this organisation for. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<ActivityType> accreditedActivityTypes = new ArrayList<>();

    public LocalDate accreditationValidUntil;

    /** Accredited activity types the authority suspended: the accreditation stands, its use does not. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<ActivityType> suspendedActivityTypes = new ArrayList<>();

    public LocalDate suspendedOn;

    public String suspensionReason;

    public String contactName;

    public String contactEmail;

    public String contactPhone;
}
