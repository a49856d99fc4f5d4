package org.cairn.fieldreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cairn.db.SessionQueries;
import org.cairn.sealing.SealedText;
import org.hibernate.envers.Audited;

/** One record a field report creates or changes, and what became of it; {@code recordId} links the record back. */
@Entity
@Audited
@Table(name = "field_report_item")
public class FieldReportItem extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID reportId;

    public int position;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    public UUID targetId;

    public Long baseVersion;

    public UUID activityId;

    public UUID hazardAreaId;

    public UUID accidentId;

    /**
     * The record as sent (JSON), or null when it could not be read at all. Sealed: an accident or a
     * casualty sent in a report carries exact places, texts about people and injuries.
     */
    @Convert(converter = SealedText.class)
    @Column(name = "content_sealed")
    public String content;

    @Enumerated(EnumType.STRING)
    public ItemOutcome outcome;

    /** Problem details (JSON) saying why the item was refused, held or skipped. */
    public String problem;

    public UUID recordId;

    /** The first of these ids that an item of any report already has. */
    static Optional<UUID> takenId(List<UUID> ids) {
        // A UUID's text is hex digits and dashes, so the array literal needs no quoting.
        String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return SessionQueries.first(getEntityManager(),
                "SELECT id FROM field_report_item WHERE id = ANY (CAST(? AS uuid[])) LIMIT 1", array,
                row -> row.getObject(1, UUID.class));
    }

    public static List<FieldReportItem> of(UUID reportId) {
        return list("reportId = ?1 order by position", reportId);
    }
}
