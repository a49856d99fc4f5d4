package org.cairn.ogc;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.cairn.feature.FeatureType;
import org.cairn.feature.ServedCollection;
import org.cairn.feature.SqlStatement;
import org.cairn.security.FeatureAccess;

/**
 * Mapbox vector tiles made by PostGIS ({@code ST_AsMVT}): each collection a layer, geometries
 * simplified to the zoom and clipped to the tile, properties for styling. A polygon smaller than a
 * pixel becomes a point rather than vanishing: a hazard must never drop off a map because it is
 * small. Layers of several collections are concatenated, as the format allows.
 */
@ApplicationScoped
public class VectorTiles {

    static final int MAX_ZOOM = 24;
    private static final int EXTENT = 4096;
    private static final int BUFFER = 64;
    private static final double EARTH_CIRCUMFERENCE_METRES = 40_075_016.685578488;

    @Inject AgroalDataSource dataSource;

    /** The tile of these collections, empty when no feature falls in it. */
    byte[] tile(List<ServedCollection> layers, boolean sensitive, FeatureAccess access, int z, int x, int y) {
        ByteArrayOutputStream tile = new ByteArrayOutputStream();
        try (Connection connection = dataSource.getConnection()) {
            for (ServedCollection layer : layers) {
                SqlStatement query = layer(layer, layer.type(sensitive), access, z, x, y);
                try (PreparedStatement statement = query.prepare(connection);
                        ResultSet row = statement.executeQuery()) {
                    row.next();
                    byte[] bytes = row.getBytes(1);
                    if (bytes != null) {
                        tile.writeBytes(bytes);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tile " + z + "/" + y + "/" + x + " could not be made", e);
        }
        return tile.toByteArray();
    }

    /** Whether the tile exists in WebMercatorQuad. */
    static boolean exists(int z, int x, int y) {
        long size = 1L << Math.max(0, Math.min(z, MAX_ZOOM));
        return z >= 0 && z <= MAX_ZOOM && x >= 0 && y >= 0 && x < size && y < size;
    }

    private static SqlStatement layer(ServedCollection collection, FeatureType type, FeatureAccess access, int z, int x,
            int y) {
        double tolerance = EARTH_CIRCUMFERENCE_METRES / (1L << z) / EXTENT / 2;
        StringBuilder properties = new StringBuilder();
        for (String name : collection.tileProperties()) {
            properties.append(", ").append(type.sql(type.property(name), access)).append(" AS \"").append(name).append('"');
        }
        String geometry = type.geometryColumn();
        SqlStatement query = new SqlStatement().append("WITH bounds AS (SELECT ST_TileEnvelope(?, ?, ?) AS env), "
                + "layer AS (SELECT coalesce(ST_AsMVTGeom(ST_SimplifyPreserveTopology(ST_Transform(" + geometry
                + ", 3857), " + tolerance + "), bounds.env, " + EXTENT + ", " + BUFFER + ", true), "
                + "ST_AsMVTGeom(ST_Transform(ST_PointOnSurface(" + geometry + "), 3857), bounds.env, " + EXTENT
                + ", " + BUFFER + ", true)) AS geom, t.id::text AS id"
                + properties + " FROM " + type.from() + ", bounds WHERE " + type.visible()
                + " AND " + geometry + " && ST_Transform(bounds.env, 4326)", z, x, y);
        type.restrict(access, query);
        query.append(") SELECT ST_AsMVT(layer.*, '" + collection.id() + "', " + EXTENT + ", 'geom') "
                + "FROM layer WHERE geom IS NOT NULL");
        // Planned with its values, the tile's envelope is worked out once; a cached generic plan
        // works it out again for every row, twice, and a z14 tile took 60 % longer.
        return query.plannedEachTime();
    }
}
