package org.cairn.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.cairn.geo.Geometries;
import org.hibernate.Session;
import org.locationtech.jts.geom.Point;

/** Which of some hazard areas a device was found in or nearest to, and how far outside it lies. */
@ApplicationScoped
class DevicePlacement {

    private static final String NEAREST = """
            SELECT h.id, ST_Distance(h.geom::geography, p.point::geography)
            FROM hazard_area h CROSS JOIN LATERAL (SELECT ST_GeomFromWKB(?, 4326) AS point) p
            WHERE h.id = ANY(?) AND h.deleted_at IS NULL
            ORDER BY 2, h.id
            LIMIT 1""";

    /** The hazard area a device counts for, and its distance from it in metres (0 inside). */
    record Placement(UUID hazardAreaId, double metresOutside) {
    }

    @Inject EntityManager entityManager;

    Optional<Placement> nearest(Point device, Collection<UUID> hazardAreaIds) {
        byte[] wkb = Geometries.wkb(device);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(NEAREST)) {
                statement.setBytes(1, wkb);
                statement.setArray(2, connection.createArrayOf("uuid", hazardAreaIds.toArray()));
                try (var row = statement.executeQuery()) {
                    return row.next() ? Optional.of(new Placement(row.getObject(1, UUID.class), row.getDouble(2)))
                            : Optional.<Placement>empty();
                }
            }
        });
    }
}
