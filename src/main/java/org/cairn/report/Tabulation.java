package org.cairn.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counted table: one cell a combination of the dimensions grouped by, holding their values and
 * the measures, and the totals over every row counted. A row that counts under several values of
 * a dimension (a hazard with two contamination types) counts once in the totals, so the totals
 * are not always the sum of the cells. A table that counts people keeps each cell's sum of record
 * keys beside it ({@code cellKeys}, {@code totalsKey}) for {@link #rounded}; no answer shows them.
 */
record Tabulation(List<String> groupBy, List<String> measures, List<Map<String, Object>> cells,
        Map<String, Object> totals, List<BigDecimal> cellKeys, BigDecimal totalsKey, boolean countsRounded) {

    static final String COUNT = "count";

    /**
     * The table as published to callers without the sensitive-data permission: every count, the
     * total's included, rounded by {@link CellKeyRounding} on its own records' keys. A cell of a
     * grouped table rounded to zero is left out, as an empty one is, so that leaving a cell out
     * says nothing; the one cell of an ungrouped table is its total, and stays.
     */
    Tabulation rounded() {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> cell = new LinkedHashMap<>(cells.get(i));
            long count = CellKeyRounding.round((Long) cell.get(COUNT), cellKeys.get(i));
            if (count > 0 || groupBy.isEmpty()) {
                cell.put(COUNT, count);
                shown.add(cell);
            }
        }
        Map<String, Object> total = new LinkedHashMap<>(totals);
        total.put(COUNT, CellKeyRounding.round((Long) totals.get(COUNT), totalsKey));
        return new Tabulation(groupBy, measures, shown, total, null, null, true);
    }
}
