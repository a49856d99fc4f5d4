package org.cairn.feature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.geo.Crs;
import org.cairn.web.Names;
import org.cairn.web.QueryParameters;

/**
 * A list request after parsing: property filters, bbox, order, page size and where to resume,
 * and for OGC clients the output CRS, further conditions (time, CQL2) and the properties wanted.
 *
 * @param properties the properties to write, or null for all
 * @param decimals   decimals of degrees the geometries are written with (projected CRSs: millimetres)
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
        Set<String> properties,
        int decimals) {

    public static final int DEFAULT_LIMIT = QueryParameters.DEFAULT_LIMIT;
    public static final int MAX_LIMIT = 10_000;
    /**
     * Decimals of degrees in lists and exports unless asked otherwise: 7 is about a centimetre on
     * the ground, finer than any survey of a hazard area or a device, and half the digits of the
     * 15 that give back the very doubles a client sent, which a single item and a history keep.
     */
    public static final int DEFAULT_DECIMALS = 7;
    public static final int FULL_DECIMALS = 15;

    /**
     * The query its parameters describe: the type's property filters, a bbox in the bbox-crs, an
     * order as {@code sort} or {@code sortby} ({@code [+|-]name}), page size and cursor, the output
     * CRS and the properties wanted. Which of them a request may send, {@link FeatureEndpoint} says.
     */
    public static FeatureQuery of(FeatureType type, QueryParameters query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        type.filters().keySet().stream().filter(query::has).forEach(name -> filters.put(name, query.all(name)));
        Bbox bbox = query.has("bbox") ? Bbox.parse(query.all("bbox"), crs(query, "bbox-crs")) : null;
        String sortParameter = query.has("sortby") ? "sortby" : "sort";
        String order = query.single(sortParameter).orElse(type.defaultSort().name());
        boolean descending = order.startsWith("-");
        SortKey sort = sortKey(type, sortParameter, order.startsWith("-") || order.startsWith("+")
                ? order.substring(1) : order);
        Cursor after = query.single("cursor").map(cursor -> Cursor.decode(cursor, sort, descending)).orElse(null);
        Set<String> properties = query.single("properties").map(wanted -> properties(type, wanted)).orElse(null);
        return new FeatureQuery(filters, bbox, sort, descending, query.limit(MAX_LIMIT), after,
                crs(query, "crs"), List.of(), properties, decimals(query));
    }

    /** The {@code precision} asked for: decimals of degrees from 1 to 15. */
    private static int decimals(QueryParameters query) {
        return query.single("precision").map(String::trim).map(value -> {
            if (!value.matches("[0-9]{1,2}") || Integer.parseInt(value) < 1
                    || Integer.parseInt(value) > FULL_DECIMALS) {
                throw QueryParameters.invalid("precision", "must be a whole number of decimals from 1 to "
                        + FULL_DECIMALS);
            }
            return Integer.parseInt(value);
        }).orElse(DEFAULT_DECIMALS);
    }

    /** A CRS parameter's value, CRS84 when absent, refused when Cairn does not support it. */
    public static Crs crs(QueryParameters query, String name) {
        return query.single(name).map(value -> Crs.of(value).orElseThrow(() -> QueryParameters.invalid(name,
                "names a CRS Cairn does not support; see the collection's crs list")))
                .orElse(Crs.CRS84);
    }

    public FeatureQuery withCrs(Crs output) {
        return new FeatureQuery(filters, bbox, sort, descending, limit, after, output, conditions, properties,
                decimals);
    }

    public FeatureQuery withCondition(Condition condition) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new FeatureQuery(filters, bbox, sort, descending, limit, after, crs, List.copyOf(more), properties,
                decimals);
    }

    public FeatureQuery withDecimals(int wanted) {
        return new FeatureQuery(filters, bbox, sort, descending, limit, after, crs, conditions, properties, wanted);
    }

    public FeatureQuery withProperties(Set<String> wanted) {
        return new FeatureQuery(filters, bbox, sort, descending, limit, after, crs, conditions, wanted, decimals);
    }

    /** This query confined to the items of one parent, such as the land released by one activity. */
    public FeatureQuery within(String filter, UUID parent) {
        Map<String, List<String>> confined = new LinkedHashMap<>(filters);
        confined.put(filter, List.of(parent.toString()));
        return new FeatureQuery(confined, bbox, sort, descending, limit, after, crs, conditions, properties,
                decimals);
    }

    String sortToken() {
        return (descending ? "-" : "") + sort.name();
    }

    private static SortKey sortKey(FeatureType type, String parameter, String name) {
        return type.sortKeys().stream().filter(key -> key.name().equals(name)).findFirst()
                .orElseThrow(() -> QueryParameters.invalid(parameter, "must be one of " + String.join(", ",
                        type.sortKeys().stream().map(SortKey::name).toList()) + ", each optionally prefixed by + or -"));
    }

    /** The properties wanted, comma-separated, each one the type has. */
    private static Set<String> properties(FeatureType type, String value) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            if (type.properties().stream().noneMatch(property -> property.name().equals(name.trim()))) {
                throw QueryParameters.invalid("properties", "names " + Names.shown(name)
                        + ", which this collection does not have");
            }
            wanted.add(name.trim());
        }
        return wanted;
    }
}
