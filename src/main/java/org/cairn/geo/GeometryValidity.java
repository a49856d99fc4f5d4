package org.cairn.geo;

import jakarta.enterprise.context.ApplicationScoped;
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

    private static final String PART_FAULTS = """
            SELECT p.path[1], d.reason, ST_X(d.location), ST_Y(d.location)
            FROM ST_Dump(ST_GeomFromWKB(?, 4326)) p, ST_IsValidDetail(p.geom) d
            WHERE NOT d.valid
            ORDER BY p.path[1]""";

    private static final String MERGED_IF_OVERLAPPING = """
            SELECT CASE WHEN ST_IsValid(g) THEN NULL ELSE ST_AsBinary(ST_Multi(ST_UnaryUnion(g))) END
            FROM ST_GeomFromWKB(?, 4326) g""";

    private final EntityManager entityManager;

    public GeometryValidity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The multipolygon to store, or null with errors added when PostGIS finds it invalid. */
    public MultiPolygon check(MultiPolygon polygons, String field, List<FieldError> errors, List<Warning> warnings) {
        byte[] wkb = Geometries.wkb(polygons);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            boolean single = polygons.getNumGeometries() == 1;
            try (PreparedStatement faults = connection.prepareStatement(PART_FAULTS)) {
                faults.setBytes(1, wkb);
                try (ResultSet fault = faults.executeQuery()) {
                    while (fault.next()) {
                        String where = single ? field : field + ".coordinates[" + (fault.getInt(1) - 1) + "]";
                        errors.add(new FieldError(where, String.format(Locale.ROOT, "%s at or near point %s %s",
                                fault.getString(2), fault.getDouble(3), fault.getDouble(4))));
                    }
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
            try (PreparedStatement merge = connection.prepareStatement(MERGED_IF_OVERLAPPING)) {
                merge.setBytes(1, wkb);
                try (ResultSet merged = merge.executeQuery()) {
                    merged.next();
                    byte[] union = merged.getBytes(1);
                    if (union == null) {
                        return polygons;
                    }
                    warnings.add(Warning.of("OVERLAPPING_PARTS",
                            "Parts of the multipolygon overlap or share an edge; they were merged into their union."));
                    return Geometries.multiPolygon(union);
                }
            }
        });
    }
}
