package org.cairn.db;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.Session;

/**
 * One-row questions asked on the connection of the current session, inside its transaction: for
 * checks made once per record written, where loading the whole audited entity, or an HQL query
 * that Hibernate translates anew each time, cost more than the rest of the check.
 */
public final class SessionQueries {

    /** Reads the answer from the current row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private SessionQueries() {
    }

    /** The first row of a query with one parameter, as {@code reader} reads it; empty when there is none. */
    public static <T> Optional<T> first(EntityManager entityManager, String sql, Object parameter,
            RowReader<T> reader) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, parameter);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
                }
            }
        });
    }
}
