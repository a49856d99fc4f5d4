package org.cairn.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counted table: one cell a combination of the dimensions grouped by, holding their values and
 * the measures, and the totals over every row counted. A row that counts under several values of
 * a dimension (a hazard with two contamination types) counts once in the totals, so the totals
 * are not always the sum of the cells.
 */
record Tabulation(List<String> groupBy, List<String> measures, List<Map<String, Object>> cells,
        Map<String, Object> totals, boolean smallCountsSuppressed) {

    /**
     * The same table with small counts hidden ({@link SmallCountSuppression}) and the total count
     * withheld when a cell was, so that it cannot be worked out.
     */
    Tabulation suppressed(int threshold) {
        SmallCountSuppression.apply(cells, groupBy, threshold);
        Map<String, Object> shown = new LinkedHashMap<>(totals);
        if (cells.stream().anyMatch(cell -> cell.get("count") instanceof String)) {
            shown.put("count", null);
        }
        return new Tabulation(groupBy, measures, cells, shown, true);
    }
}
