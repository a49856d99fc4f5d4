package org.cairn.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hides small counts so that they cannot be read, nor worked out by subtraction. A count from 1
 * to threshold - 1 reads "&lt;threshold" (primary suppression). Every sum over some of the
 * dimensions is public too (another request grouped by fewer dimensions gives it), so wherever a
 * group of cells sharing those dimensions' values holds exactly one hidden count, the smallest
 * visible count of the group is hidden as well, reading "suppressed" (secondary suppression),
 * until no group gives a hidden count away.
 */
final class SmallCountSuppression {

    static final String SECONDARY = "suppressed";

    private SmallCountSuppression() {
    }

    static void apply(List<Map<String, Object>> cells, List<String> dimensions, int threshold) {
        for (Map<String, Object> cell : cells) {
            long count = (Long) cell.get("count");
            if (count > 0 && count < threshold) {
                cell.put("count", "<" + threshold);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int subset = 0; subset < 1 << dimensions.size(); subset++) {
                for (List<Map<String, Object>> group : groups(cells, dimensions, subset)) {
                    changed |= protect(group);
                }
            }
        }
    }

    /** The cells grouped by the values of the dimensions in the subset (a bit mask; 0 is all cells). */
    private static Iterable<List<Map<String, Object>>> groups(List<Map<String, Object>> cells, List<String> dimensions,
            int subset) {
        Map<List<Object>, List<Map<String, Object>>> groups = new HashMap<>();
        for (Map<String, Object> cell : cells) {
            List<Object> key = new ArrayList<>();
            for (int d = 0; d < dimensions.size(); d++) {
                if ((subset & 1 << d) != 0) {
                    key.add(Objects.toString(cell.get(dimensions.get(d))));
                }
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
        }
        return groups.values();
    }

    /** Hides the smallest visible count of a group that would give its one hidden count away. */
    private static boolean protect(List<Map<String, Object>> group) {
        long hidden = group.stream().filter(cell -> cell.get("count") instanceof String).count();
        if (hidden != 1) {
            return false;
        }
        return group.stream().filter(cell -> cell.get("count") instanceof Long)
                .min(Comparator.comparingLong(cell -> (Long) cell.get("count")))
                .map(cell -> {
                    cell.put("count", SECONDARY);
                    return true;
                }).orElse(false);
    }
}
