package org.cairn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.db.Freshness;
import org.cairn.db.Reads;
import org.cairn.feature.SqlStatement;

/** Counts any {@link StatisticsTable} by a {@link Selection}: a GROUP BY query, and one for its totals. */
@ApplicationScoped
class Tabulator {

    @Inject Reads reads;

    /** The cells and their totals, counted on one server: a standby's, when one serves (statistics may lag). */
    Tabulation tabulate(StatisticsTable table, Selection selection) {
        SqlStatement cells = sql(table, selection);
        // Ungrouped, the one cell is the totals already.
        SqlStatement totals = selection.groupBy().isEmpty() ? null : sql(table, selection.grouped(List.of()));
        try {
            return reads.read(Freshness.MAY_LAG, (connection, attempt) -> {
                Counted counted = count(connection, cells, selection.groupBy(), table);
                Counted total = totals == null ? counted : count(connection, totals, List.of(), table);
                return new Tabulation(selection.groupBy(), table.measureNames(), counted.cells(),
                        total.cells().get(0), counted.keys(), total.keys().get(0), false);
            });
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Statistics could not be counted", e);
        }
    }

    /** The cells of a query, and each one's sum of record keys when the table counts people (else nulls). */
    private record Counted(List<Map<String, Object>> cells, List<BigDecimal> keys) {
    }

    private static SqlStatement sql(StatisticsTable table, Selection selection) {
        Map<String, Dimension> dimensions = table.dimensions(selection.adminLevel());
        List<String> groupBy = selection.groupBy();
        SqlStatement sql = new SqlStatement().append("SELECT ");
        for (String name : groupBy) {
            sql.append(dimensions.get(name).sql() + " AS " + column(name) + ", ");
        }
        sql.append(String.join(", ", table.measures().stream().map(Measure::sql).toList()));
        sql.append(", " + (table.countsPeople() ? table.keySum() : "NULL::numeric"));
        sql.append(" FROM " + table.from() + AdminAreas.join(table.adminPcode()));
        groupBy.forEach(name -> sql.append(" " + dimensions.get(name).join()));
        sql.append(" WHERE " + table.where(), table.parameters().toArray());
        if (selection.from() != null) {
            sql.append(" AND " + table.ends() + " >= ?", selection.from());
        }
        if (selection.to() != null) {
            sql.append(" AND " + table.starts() + " <= ?", selection.to());
        }
        if (selection.adminArea() != null) {
            sql.append(" AND " + AdminAreas.within(), selection.adminArea());
        }
        if (selection.organisation() != null) {
            sql.append(" AND " + table.organisation() + " = ?", selection.organisation());
        }
        selection.conditions().forEach(condition -> sql.append(" AND " + condition));
        if (!groupBy.isEmpty()) {
            String columns = String.join(", ", groupBy.stream().map(Tabulator::column).toList());
            sql.append(" GROUP BY " + columns + " ORDER BY " + columns);
        }
        return sql;
    }

    private static Counted count(Connection connection, SqlStatement sql, List<String> groupBy, StatisticsTable table)
            throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection);
                ResultSet row = statement.executeQuery()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            List<BigDecimal> keys = new ArrayList<>();
            while (row.next()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                for (int i = 0; i < groupBy.size(); i++) {
                    cell.put(groupBy.get(i), row.getObject(i + 1));
                }
                for (int i = 0; i < table.measures().size(); i++) {
                    cell.put(table.measures().get(i).name(), measure(row.getObject(groupBy.size() + i + 1)));
                }
                cells.add(cell);
                keys.add(row.getBigDecimal(groupBy.size() + table.measures().size() + 1));
            }
            return new Counted(cells, keys);
        }
    }

    /** Counts as longs (what cell-key rounding rounds), areas as exact decimals. */
    private static Object measure(Object value) {
        return value instanceof BigDecimal decimal && decimal.scale() == 0 ? decimal.longValueExact()
                : value instanceof Number number && !(value instanceof BigDecimal) ? number.longValue() : value;
    }

    private static String column(String dimension) {
        return "d_" + dimension.toLowerCase();
    }
}
