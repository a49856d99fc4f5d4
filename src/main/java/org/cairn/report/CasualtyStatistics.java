package org.cairn.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts casualties by the dimensions that Article 7 reports and Landmine Monitor use. Every
 * casualty counts, whatever consent it gave: consent governs who sees a record, not whether it is
 * counted. Small counts are the caller's concern ({@link StatisticsResource}).
 */
@ApplicationScoped
public class CasualtyStatistics {

    /** The dimensions, in the order a response lists them, with the SQL that yields each. */
    static final Map<String, String> DIMENSIONS = dimensions();

    private final AgroalDataSource dataSource;

    public CasualtyStatistics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One row a cell: the value of each dimension grouped by, then the count. */
    public List<Map<String, Object>> count(List<String> groupBy, LocalDate from, LocalDate to) {
        StringBuilder select = new StringBuilder("SELECT ");
        for (String dimension : groupBy) {
            select.append(DIMENSIONS.get(dimension)).append(" AS ").append(column(dimension)).append(", ");
        }
        select.append("count(*) FROM casualty c JOIN accident a ON a.id = c.accident_id"
                + " LEFT JOIN ordnance_type m ON m.id = a.ordnance_type_id"
                + " WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL");
        List<Object> parameters = new ArrayList<>();
        if (from != null) {
            select.append(" AND a.accident_date >= ?");
            parameters.add(from);
        }
        if (to != null) {
            select.append(" AND a.accident_date <= ?");
            parameters.add(to);
        }
        if (!groupBy.isEmpty()) {
            String columns = String.join(", ", groupBy.stream().map(CasualtyStatistics::column).toList());
            select.append(" GROUP BY ").append(columns).append(" ORDER BY ").append(columns);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(select.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Map<String, Object>> cells = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Map<String, Object> cell = new LinkedHashMap<>();
                    for (int i = 0; i < groupBy.size(); i++) {
                        cell.put(groupBy.get(i), row.getObject(i + 1));
                    }
                    cell.put("count", row.getLong(groupBy.size() + 1));
                    cells.add(cell);
                }
            }
            return cells;
        } catch (SQLException e) {
            throw new IllegalStateException("Casualty statistics could not be counted", e);
        }
    }

    private static String column(String dimension) {
        return "d_" + dimension.toLowerCase();
    }

    private static Map<String, String> dimensions() {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("year", "extract(year FROM a.accident_date)::int");
        dimensions.put("outcome", "c.outcome");
        dimensions.put("sex", "c.sex");
        dimensions.put("ageGroup", "CASE WHEN c.age_at_accident IS NULL THEN 'UNKNOWN' "
                + "WHEN c.age_at_accident < 18 THEN 'CHILD' ELSE 'ADULT' END");
        dimensions.put("status", "c.status");
        dimensions.put("deviceCategory", "coalesce(m.category, a.device_category)");
        return dimensions;
    }
}
