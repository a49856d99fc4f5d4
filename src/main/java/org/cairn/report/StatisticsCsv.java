package org.cairn.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.export.Csv;

/** A counted table as CSV (RFC 4180): a header row, then one row a cell; an empty field for null. */
final class StatisticsCsv {

    static final String MEDIA_TYPE = "text/csv";

    private StatisticsCsv() {
    }

    static String write(Tabulation table) {
        List<String> columns = new ArrayList<>(table.groupBy());
        columns.addAll(table.measures());
        StringBuilder csv = new StringBuilder();
        row(csv, columns);
        for (Map<String, Object> cell : table.cells()) {
            row(csv, columns.stream().map(column -> cell.get(column) == null ? "" : cell.get(column).toString())
                    .toList());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(Csv.field(fields.get(i)));
        }
        csv.append("\r\n");
    }
}
