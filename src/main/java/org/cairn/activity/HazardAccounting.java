package org.cairn.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.cairn.config.CairnConfig;
import org.cairn.geo.Geometries;
import org.cairn.hazard.HazardArea;
import org.cairn.hazard.HazardStatus;
import org.hibernate.Session;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Keeps a hazard area's account of released land: what remains is its shape less every release
 * that is not void, and the released area by outcome, so that estimated = remaining + cancelled +
 * reduced + cleared. The caller holds the hazard's row lock, which serialises releases.
 */
@ApplicationScoped
class HazardAccounting {

    /** One query: the remainder, its ellipsoidal area, and the released areas by outcome. */
    private static final String ACCOUNT = """
            SELECT ST_AsBinary(d.remaining), ST_Area(d.remaining::geography),
                   coalesce(r.cancelled, 0), coalesce(r.reduced, 0), coalesce(r.cleared, 0), coalesce(r.completed, false)
            FROM hazard_area h
            LEFT JOIN LATERAL (
                SELECT ST_Union(l.geom) AS released,
                       sum(l.area_m2) FILTER (WHERE l.outcome = 'CANCELLED') AS cancelled,
                       sum(l.area_m2) FILTER (WHERE l.outcome = 'REDUCED') AS reduced,
                       sum(l.area_m2) FILTER (WHERE l.outcome = 'CLEARED') AS cleared,
                       bool_or(l.completes_hazard) AS completed
                FROM land_release l WHERE l.hazard_area_id = h.id AND l.voided_at IS NULL) r ON true
            CROSS JOIN LATERAL (
                SELECT ST_Multi(ST_CollectionExtract(ST_Difference(h.geom,
                           coalesce(r.released, ST_GeomFromText('MULTIPOLYGON EMPTY', 4326))), 3)) AS remaining) d
            WHERE h.id = ?""";

    static final String RELEASED = "RELEASED";

    private final EntityManager entityManager;
    private final double closingThresholdM2;

    HazardAccounting(EntityManager entityManager, CairnConfig config) {
        this.entityManager = entityManager;
        this.closingThresholdM2 = config.landRelease().closingThresholdM2();
    }

    /** Recomputes the account after the releases changed, and moves the hazard's status with it. */
    void recompute(HazardArea hazard, String because, Instant now, String by) {
        entityManager.flush();
        Account account = account(hazard.id);
        hazard.remainingGeom = account.remaining();
        hazard.cancelledAreaM2 = account.cancelled();
        hazard.reducedAreaM2 = account.reduced();
        hazard.clearedAreaM2 = account.cleared();
        boolean released = account.anyReleased();
        boolean finished = released && (account.remainingAreaM2() < closingThresholdM2 || account.completed());
        if (finished && hazard.status != HazardStatus.CLOSED) {
            changeStatus(hazard, HazardStatus.CLOSED, RELEASED, because, now);
        } else if (!finished && released && hazard.status == HazardStatus.OPEN) {
            changeStatus(hazard, HazardStatus.WORKED_ON, "LAND_RELEASED", because, now);
        } else if (!finished && hazard.status == HazardStatus.CLOSED && RELEASED.equals(hazard.statusChangeReason)) {
            changeStatus(hazard, HazardStatus.WORKED_ON, "RELEASE_VOIDED", because, now);
        }
        hazard.recordChange(by, now);
    }

    private static void changeStatus(HazardArea hazard, HazardStatus status, String reason, String comment,
            Instant now) {
        hazard.status = status;
        hazard.statusChangedAt = now;
        hazard.statusChangeReason = reason;
        hazard.statusChangeComment = comment;
    }

    private record Account(MultiPolygon remaining, double remainingAreaM2, double cancelled, double reduced,
            double cleared, boolean completed) {

        boolean anyReleased() {
            return cancelled + reduced + cleared > 0;
        }
    }

    private Account account(UUID hazardAreaId) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(ACCOUNT)) {
                statement.setObject(1, hazardAreaId);
                try (var row = statement.executeQuery()) {
                    row.next();
                    return new Account(Geometries.multiPolygon(row.getBytes(1)), row.getDouble(2), row.getDouble(3),
                            row.getDouble(4), row.getDouble(5), row.getBoolean(6));
                }
            }
        });
    }
}
