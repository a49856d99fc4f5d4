package org.cairn.hazard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cairn.config.CairnConfig;
import org.cairn.validation.Warning;

/**
 * Flags a hazard that covers much of another open one: often the same field recorded twice by two
 * teams. The hazard is stored all the same; a data manager decides.
 */
@ApplicationScoped
class HazardOverlaps {

    private static final String OVERLAPPING_OPEN_HAZARDS = """
            SELECT CAST(o.id AS text), o.local_id, o.name, s.share
            FROM hazard_area n
            JOIN hazard_area o ON ST_Intersects(o.geom, n.geom)
            CROSS JOIN LATERAL (SELECT ST_Area(ST_Intersection(o.geom, n.geom)::geography)
                                       / NULLIF(LEAST(o.area_m2, n.area_m2), 0) AS share) s
            WHERE n.id = ?1 AND o.id <> n.id AND o.deleted_at IS NULL AND o.status <> 'CLOSED'
              AND s.share > ?2
            ORDER BY s.share DESC""";

    private final EntityManager entityManager;
    private final double share;

    HazardOverlaps(EntityManager entityManager, CairnConfig config) {
        this.entityManager = entityManager;
        this.share = config.hazard().overlapWarningShare();
    }

    /** Warnings for the open hazards the given (flushed) hazard overlaps beyond the configured share. */
    @SuppressWarnings("unchecked")
    List<Warning> of(UUID hazardAreaId) {
        List<Object[]> rows = entityManager.createNativeQuery(OVERLAPPING_OPEN_HAZARDS)
                .setParameter(1, hazardAreaId)
                .setParameter(2, share)
                .getResultList();
        return rows.stream().map(row -> new Warning("POSSIBLE_DUPLICATE", String.format(Locale.ROOT,
                "Overlaps open hazard area %s (%s) by %.0f %% of the smaller of the two areas.",
                row[1], row[2], ((Number) row[3]).doubleValue() * 100), UUID.fromString((String) row[0])))
                .toList();
    }
}
