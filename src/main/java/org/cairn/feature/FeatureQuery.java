package org.cairn.feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.geo.Crs;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * A list request after parsing: property filters, bbox, order, page size and where to resume,
 * and for OGC clients the output CRS, further conditions (time, CQL2) and the properties wanted.
 * Unknown parameters are refused, so that a misspelt filter never silently returns everything.
 *
 * @param properties the properties to write, or null for all
 */
public record FeatureQuery(
        Map<String, List<String>> filters,
        Bbox bbox,
        SortKey sort,
        boolean descending,
        int limit,
        Cursor after,
        Crs crs,
        List<Condition> conditions,
        Set<String> properties) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;

    private static final Set<String> PAGING = Set.of("bbox", "limit", "cursor", "sort");

    public static FeatureQuery parse(FeatureType type, Map<String, List<String>> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (type.filters().containsKey(name)) {
                filters.put(name, parameter.getValue());
            } else if (!PAGING.contains(name)) {
                Set<String> known = new LinkedHashSet<>(type.filters().keySet());
                known.addAll(PAGING);
                throw new ProblemException(ProblemType.INVALID_PARAMETER,
                        "Unknown query parameter " + name + "; this list accepts " + String.join(", ", known) + ".");
            }
        }
        String sortName = single(parameters, "sort");
        boolean descending = sortName != null && sortName.startsWith("-");
        SortKey sort = sortKey(type, sortName == null ? type.defaultSort().name() : sortName.substring(descending ? 1 : 0));
        String cursor = single(parameters, "cursor");
        return new FeatureQuery(
                filters,
                parameters.containsKey("bbox") ? Bbox.parse(parameters.get("bbox"), Crs.CRS84) : null,
                sort,
                descending,
                limit(single(parameters, "limit")),
                cursor == null ? null : Cursor.decode(cursor, sort, descending),
                Crs.CRS84,
                List.of(),
                null);
    }

    /** The query of an OGC API items request, whose own parameters the caller has already taken out. */
    public static FeatureQuery of(FeatureType type, Map<String, List<String>> filters, Bbox bbox, String sortBy,
            String limit, String cursor) {
        boolean descending = sortBy != null && sortBy.startsWith("-");
        String sortName = sortBy == null ? type.defaultSort().name()
                : sortBy.substring(sortBy.startsWith("-") || sortBy.startsWith("+") ? 1 : 0);
        SortKey sort = sortKey(type, sortName);
        return new FeatureQuery(filters, bbox, sort, descending, limit(limit),
                cursor == null ? null : Cursor.decode(cursor, sort, descending), Crs.CRS84,
                List.of(), null);
    }

    public FeatureQuery withCrs(Crs output) {
        return new FeatureQuery(filters, bbox, sort, descending, limit, after, output, conditions, properties);
    }

    public FeatureQuery withCondition(Condition condition) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new FeatureQuery(filters, bbox, sort, descending, limit, after, crs, List.copyOf(more), properties);
    }

    public FeatureQuery withProperties(Set<String> wanted) {
        return new FeatureQuery(filters, bbox, sort, descending, limit, after, crs, conditions, wanted);
    }

    /** This query confined to the items of one parent, such as the land released by one activity. */
    public FeatureQuery within(String filter, UUID parent) {
        Map<String, List<String>> confined = new LinkedHashMap<>(filters);
        confined.put(filter, List.of(parent.toString()));
        return new FeatureQuery(confined, bbox, sort, descending, limit, after, crs, conditions, properties);
    }

    String sortToken() {
        return (descending ? "-" : "") + sort.name();
    }

    private static SortKey sortKey(FeatureType type, String name) {
        return type.sortKeys().stream().filter(key -> key.name().equals(name)).findFirst()
                .orElseThrow(() -> Filters.invalid("sort", "must be one of " + String.join(", ",
                        type.sortKeys().stream().map(SortKey::name).toList()) + ", each optionally prefixed by -"));
    }

    /** A limit above the maximum is lowered to it, as OGC API Features asks, rather than refused. */
    public static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1) {
                throw Filters.invalid("limit", "must be at least 1");
            }
            return Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw Filters.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw Filters.invalid(name, "may be given once");
        }
        return values.get(0);
    }
}
