package org.cairn.eore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.DeletableRecord;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.sync.ClientCreation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

/** A risk education session: where, how, to whom, about what. */
@Entity
@Audited
@Table(name = "eore_session")
public class EoreSession extends DeletableRecord {

    public static final ClientCreation CREATION = new ClientCreation("eore_session", "Risk education session", true,
            "choose a new id, or PUT to change it");

    public LocalDate sessionDate;

    @Column(columnDefinition = "geometry(Point,4326)")
    public Point geom;

    public String community;

    @Enumerated(EnumType.STRING)
    public DeliveryMethod deliveryMethod;

    public int girls;

    public int boys;

    public int women;

    public int men;

    public Integer personsWithDisabilities;

    public Integer displacedPersons;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<EoreTopic> topics = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<OrdnanceCategory> ordnanceShown = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public List<UUID> hazardAreaIds = new ArrayList<>();

    public Integer staffCount;

    public UUID campaignId;

    public String description;

    public UUID reportingOrganisationId;

    public LocalDate dateOfInformation;
}
