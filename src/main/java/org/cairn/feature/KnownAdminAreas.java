package org.cairn.feature;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.cairn.web.QueryParameters;

/**
 * Refuses an adminArea parameter that names an area Cairn does not know, wherever one is taken
 * (lists, exports, tiles, statistics): a misspelt pcode is a 400, not an empty answer that reads as
 * "nothing there".
 */
@ApplicationScoped
public class KnownAdminAreas {

    @Inject AgroalDataSource dataSource;

    /** Every pcode names an admin area, or the request is refused; none is fine. */
    public void require(String... pcodes) {
        String[] distinct = Arrays.stream(pcodes).distinct().toArray(String[]::new);
        if (distinct.length == 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(DISTINCT pcode) = cardinality(?) FROM admin_area WHERE pcode = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("text", distinct));
            statement.setArray(2, connection.createArrayOf("text", distinct));
            try (ResultSet known = statement.executeQuery()) {
                if (known.next() && !known.getBoolean(1)) {
                    throw QueryParameters.invalid(Filters.ADMIN_AREA, "names no admin area Cairn knows");
                }
            }
        } catch (SQLException e) {
            throw new FeatureReadException(e);
        }
    }

    /** Those of a feature query's adminArea filter. */
    public void require(FeatureQuery query) {
        require(Filters.values(query.filters().get(Filters.ADMIN_AREA)));
    }
}
