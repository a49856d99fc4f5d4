package org.cairn.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import org.cairn.validation.FieldError;
import org.cairn.validation.Warning;
import org.hibernate.Session;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Judges polygons the way PostGIS will store them (OGC validity, {@code ST_IsValidDetail}) and says
 * where a fault lies. Parts of a multipolygon that overlap each other are a common survey artefact
 * rather than an error: they are merged, with a warning.
 */
@ApplicationScoped
public class GeometryValidity {

    /**
     * One round trip: the faults of each part, or else, when the parts are valid but the whole is not
     * (they overlap), their union; no row at all for a valid multipolygon.
     */
    private static final String FAULTS_OR_MERGED = """
            WITH given AS (SELECT ST_GeomFromWKB(?, 4326) AS g),
            faults AS (
                SELECT p.path[1] AS part, d.reason, ST_X(d.location) AS x, ST_Y(d.location) AS y
                FROM given, ST_Dump(given.g) p, ST_IsValidDetail(p.geom) d
                WHERE NOT d.valid)
            SELECT part, reason, x, y, NULL::bytea FROM faults
            UNION ALL
            SELECT NULL, NULL, NULL, NULL, ST_AsBinary(ST_Multi(ST_UnaryUnion(g))) FROM given
            WHERE NOT EXISTS (SELECT FROM faults) AND NOT ST_IsValid(g)
            ORDER BY 1""";

    @Inject EntityManager entityManager;

    /** The multipolygon to store, or null with errors added when PostGIS finds it invalid. */
    public MultiPolygon check(MultiPolygon polygons, String field, List<FieldError> errors, List<Warning> warnings) {
        byte[] wkb = Geometries.wkb(polygons);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            boolean single = polygons.getNumGeometries() == 1;
            byte[] union = null;
            try (PreparedStatement check = connection.prepareStatement(FAULTS_OR_MERGED)) {
                check.setBytes(1, wkb);
                try (ResultSet row = check.executeQuery()) {
                    while (row.next()) {
                        if (row.getString(2) == null) {
                            union = row.getBytes(5);
                            continue;
                        }
                        String where = single ? field : field + ".coordinates[" + (row.getInt(1) - 1) + "]";
                        errors.add(new FieldError(where, String.format(Locale.ROOT, "%s at or near point %s %s",
                                row.getString(2), row.getDouble(3), row.getDouble(4))));
                    }
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
            if (union == null) {
                return polygons;
            }
            warnings.add(Warning.of("OVERLAPPING_PARTS",
                    "Parts of the multipolygon overlap or share an edge; they were merged into their union."));
            return Geometries.multiPolygon(union);
        });
    }
}
