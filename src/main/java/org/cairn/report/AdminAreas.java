package org.cairn.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.cairn.web.QueryParameters;

/**
 * The admin areas statistics group and filter by. Each item's area is the deepest holding it
 * ({@code admin_pcode}); its lineage names its ancestors, so any level is one array lookup.
 */
@ApplicationScoped
class AdminAreas {

    static final String ALIAS = "aa";

    @Inject AgroalDataSource dataSource;

    static String join(String pcode) {
        return " LEFT JOIN admin_area " + ALIAS + " ON " + ALIAS + ".pcode = " + pcode;
    }

    /** Rows whose area is this one or lies inside it, whatever its level. */
    static String within() {
        return ALIAS + ".lineage @> ARRAY[?]::text[]";
    }

    Selection checked(Selection selection) {
        known(selection.adminArea());
        return selection;
    }

    /** The pcode (or null), when it names an admin area: a misspelt one is refused, not counted as nothing. */
    String known(String pcode) {
        if (pcode != null && !exists(pcode)) {
            throw QueryParameters.invalid("adminArea", "names no admin area");
        }
        return pcode;
    }

    private boolean exists(String pcode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM admin_area WHERE pcode = ?")) {
            statement.setString(1, pcode);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Admin areas could not be read", e);
        }
    }
}
