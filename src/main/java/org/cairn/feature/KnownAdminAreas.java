package org.cairn.feature;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        List<String> named = List.of(pcodes);
        if (!known(named).containsAll(named)) {
            throw QueryParameters.invalid(Filters.ADMIN_AREA, "names no admin area Cairn knows");
        }
    }

    /** Those of the pcodes that name an admin area, asked in one query. */
    public Set<String> known(Collection<String> pcodes) {
        String[] distinct = pcodes.stream().distinct().toArray(String[]::new);
        Set<String> known = new HashSet<>();
        if (distinct.length == 0) {
            return known;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT pcode FROM admin_area WHERE pcode = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("text", distinct));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    known.add(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new FeatureReadException(e);
        }
        return known;
    }

    /** Those of a feature query's adminArea filter. */
    public void require(FeatureQuery query) {
        require(Filters.values(query.filters().get(Filters.ADMIN_AREA)));
    }
}
