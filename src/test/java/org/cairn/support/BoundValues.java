package org.cairn.support;

import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cairn.feature.SqlStatement;
import org.postgresql.PGStatement;

/**
 * The values a statement binds, read back through a connection that only records them: no database
 * needed. An array is recorded as the list of its elements.
 */
public final class BoundValues {

    private BoundValues() {
    }

    public static List<Object> of(SqlStatement statement) {
        List<Object> bound = new ArrayList<>();
        PreparedStatement prepared = (PreparedStatement) Proxy.newProxyInstance(BoundValues.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class, PGStatement.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("setObject")) {
                        bound.add(arguments[1]);
                    } else if (method.getName().equals("setArray")) {
                        bound.add(List.of((Object[]) ((Array) arguments[1]).getArray()));
                    }
                    // A statement planned each time unwraps itself to PostgreSQL's own interface.
                    return method.getName().equals("unwrap") ? proxy : null;
                });
        Connection connection = (Connection) Proxy.newProxyInstance(BoundValues.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "prepareStatement" -> prepared;
                    case "createArrayOf" -> array((Object[]) arguments[1]);
                    default -> null;
                });
        try {
            statement.prepare(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("A recording connection does not fail", e);
        }
        return bound;
    }

    /** An SQL array that gives back its elements, so that they are recorded as a list. */
    private static Array array(Object[] elements) {
        return (Array) Proxy.newProxyInstance(BoundValues.class.getClassLoader(), new Class<?>[] {Array.class},
                (proxy, method, arguments) -> method.getName().equals("getArray") ? elements : null);
    }
}
