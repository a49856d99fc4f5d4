package org.cairn.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.cairn.geo.Geometries;
import org.hibernate.Session;
import org.locationtech.jts.geom.MultiPolygon;

/** Clips a released polygon to what remains of its hazard area: land cannot be released twice. */
@ApplicationScoped
class LandReleaseClipping {

    private static final String CLIP = """
            SELECT ST_AsBinary(c.clipped), ST_Area(c.clipped::geography), ST_Area(s.submitted::geography)
            FROM hazard_area h
            CROSS JOIN LATERAL (SELECT ST_GeomFromWKB(?, 4326) AS submitted) s
            CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(
                                    ST_Intersection(s.submitted, h.remaining_geom), 3)) AS clipped) c
            WHERE h.id = ?""";

    record Clipped(MultiPolygon geometry, double areaM2, double submittedAreaM2) {
    }

    @Inject EntityManager entityManager;

    Clipped clip(MultiPolygon submitted, UUID hazardAreaId) {
        byte[] wkb = Geometries.wkb(submitted);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(CLIP)) {
                statement.setBytes(1, wkb);
                statement.setObject(2, hazardAreaId);
                try (var row = statement.executeQuery()) {
                    row.next();
                    return new Clipped(Geometries.multiPolygon(row.getBytes(1)), row.getDouble(2), row.getDouble(3));
                }
            }
        });
    }
}
