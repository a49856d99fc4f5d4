package org.cairn.geo;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Readies PostGIS's coordinate transformations on every new database connection. The first
 * ST_Transform in a session sets PROJ up, which takes 20 to 30 ms; without this, the first vector
 * tile served on each of the pool's connections paid it, several times what a small tile costs.
 */
@ApplicationScoped
class TransformWarmUp implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(TransformWarmUp.class);

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT ST_Transform(ST_Transform(ST_TileEnvelope(0, 0, 0), 4326), 3857)");
        } catch (SQLException e) {
            // Before the first migration PostGIS may not be installed yet; the connection is good all the same.
            LOG.debugf("Coordinate transformations not readied on a new connection: %s", e.getSQLState());
        } finally {
            endTransaction(connection);
        }
    }

    /** A connection is handed to the pool outside any transaction, even one this spoiled. */
    private static void endTransaction(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.debugf("A new connection could not be rolled back: %s", e.getSQLState());
        }
    }
}
