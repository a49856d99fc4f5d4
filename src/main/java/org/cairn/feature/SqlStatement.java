package org.cairn.feature;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGStatement;

/** SQL text assembled from fixed fragments, with every value from a request bound as a parameter. */
public final class SqlStatement {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private boolean plannedEachTime;

    public SqlStatement append(String fragment) {
        sql.append(fragment);
        return this;
    }

    /** Appends a fragment whose {@code ?} placeholders take the given values in order. */
    public SqlStatement append(String fragment, Object... values) {
        sql.append(fragment);
        parameters.addAll(Arrays.asList(values));
        return this;
    }

    /**
     * Has PostgreSQL plan this statement with its values every time it runs, never from a cached
     * generic plan: for queries whose best plan depends on the values, such as a map window's size.
     */
    public SqlStatement plannedEachTime() {
        plannedEachTime = true;
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        if (plannedEachTime) {
            // An unnamed statement, parsed and planned anew at each execution.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts));
            } else if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
