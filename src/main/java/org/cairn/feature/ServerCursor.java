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
            stream(connection, select, fetchSize, Long.MAX_VALUE, handler);
        }
    }

    /**
     * As above on a connection the caller holds, for a query that returns at most {@code maxRows}.
     * Rows that fit in one fetch are read at once: no cursor, so neither the transaction it needs
     * nor the ROLLBACK that ends it, a round trip of every page.
     */
    public static void stream(Connection connection, SqlStatement select, int fetchSize, long maxRows,
            RowsHandler handler) throws SQLException, IOException {
        if (maxRows <= fetchSize) {
            try (PreparedStatement statement = select.prepare(connection);
                    ResultSet rows = statement.executeQuery()) {
                handler.accept(rows);
            }
            return;
        }
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
