package org.cairn.feature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.cairn.db.Freshness;
import org.cairn.db.Reads;
import org.cairn.security.FeatureAccess;

/**
 * Mapbox vector tiles in WebMercatorQuad: each collection a layer, made by PostGIS from the same
 * feature types and rules as every answer (see {@link FeatureSql#tileLayer}). Layers of several
 * collections are concatenated, as the format allows.
 */
@ApplicationScoped
public class VectorTiles {

    public static final int MAX_ZOOM = 24;

    @Inject Reads reads;

    /** The tile of these layers, empty when no feature falls in it; a standby may make it. */
    public byte[] tile(List<TileLayer> layers, FeatureAccess access, int z, int x, int y) {
        try {
            return reads.read(Freshness.MAY_LAG, (connection, attempt) -> layers(connection, layers, access, z, x, y));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Tile " + z + "/" + y + "/" + x + " could not be made", e);
        }
    }

    private static byte[] layers(Connection connection, List<TileLayer> layers, FeatureAccess access, int z, int x,
            int y) throws SQLException {
        ByteArrayOutputStream tile = new ByteArrayOutputStream();
        for (TileLayer layer : layers) {
            ServedCollection collection = layer.collection();
            SqlStatement query = FeatureSql.tileLayer(layer.type(), collection.id(), collection.tileProperties(),
                    access, layer.selection(), z, x, y);
            try (PreparedStatement statement = query.prepare(connection);
                    ResultSet row = statement.executeQuery()) {
                row.next();
                byte[] bytes = row.getBytes(1);
                if (bytes != null) {
                    tile.writeBytes(bytes);
                }
            }
        }
        return tile.toByteArray();
    }

    /** Whether the tile exists in WebMercatorQuad. */
    public static boolean exists(int z, int x, int y) {
        long size = 1L << Math.max(0, Math.min(z, MAX_ZOOM));
        return z >= 0 && z <= MAX_ZOOM && x >= 0 && y >= 0 && x < size && y < size;
    }
}
