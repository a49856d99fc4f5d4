package org.cairn.feature;

import io.agroal.api.AgroalDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs a query whose rows are read a fetch at a time: answers of any size (pages of polygons,
 * exports, attachments) hold one fetch in memory, not the whole result.
 */
public final class ServerCursor {

    private ServerCursor() {
    }

    /** Takes the rows of a query as they come. */
    @FunctionalInterface
    public interface RowsHandler {
        void accept(ResultSet rows) throws SQLException, IOException;
    }

    public static void stream(AgroalDataSource dataSource, SqlStatement select, int fetchSize, RowsHandler handler)
            throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            // Without a transaction PostgreSQL's driver reads the whole result into memory.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = select.prepare(connection)) {
                statement.setFetchSize(fetchSize);
                try (ResultSet rows = statement.executeQuery()) {
                    handler.accept(rows);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
