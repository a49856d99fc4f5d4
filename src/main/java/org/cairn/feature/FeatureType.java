package org.cairn.feature;

import java.util.List;
import java.util.Map;
import org.cairn.security.FeatureAccess;

/**
 * How one collection is read as GeoJSON: where its rows live, which columns become properties,
 * which filters and orders a list accepts. Every fragment here is fixed SQL written in Cairn's
 * code; values from requests only ever reach the database as bound parameters.
 *
 * @param collection     path name, such as {@code hazard-areas}
 * @param itemName       for messages, such as {@code hazard area}
 * @param from           table with alias {@code t}
 * @param visible        condition a row must meet to be listed or fetched at all
 * @param organisationColumn reporting organisation, for callers confined to their own
 * @param sensitiveRows  condition of the rows that only callers with the sensitive-data permission see, or null
 * @param geometryColumn WGS 84 geometry column
 * @param restrictions   which properties are withheld from callers without restricted access
 * @param sortKeys       accepted orders; the first is the default
 * @param footprintTable the table behind {@code t} when it keeps a {@code footprint} box of its
 *                       geometry in a covering index (V12), so that a page in a small map window is
 *                       chosen from that index; null for a type without one
 */
public record FeatureType(
        String collection,
        String itemName,
        String from,
        String visible,
        String organisationColumn,
        String sensitiveRows,
        String geometryColumn,
        List<FeatureProperty> properties,
        Restrictions restrictions,
        Map<String, FeatureFilter> filters,
        List<SortKey> sortKeys,
        String footprintTable) {

    public FeatureType {
        if (!restrictions.unknown(properties).isEmpty()) {
            throw new IllegalArgumentException(collection + " restricts properties it does not have: "
                    + restrictions.unknown(properties));
        }
        if (footprintTable != null && !(from.equals(footprintTable + " t") || from.startsWith(footprintTable + " t "))) {
            throw new IllegalArgumentException("The footprint table must be the table of alias t in " + from);
        }
    }

    /** A type whose pages are chosen from the rows themselves. */
    public FeatureType(String collection, String itemName, String from, String visible, String organisationColumn,
            String sensitiveRows, String geometryColumn, List<FeatureProperty> properties, Restrictions restrictions,
            Map<String, FeatureFilter> filters, List<SortKey> sortKeys) {
        this(collection, itemName, from, visible, organisationColumn, sensitiveRows, geometryColumn, properties,
                restrictions, filters, sortKeys, null);
    }

    /** What follows the footprint table and its alias in {@link #from}: the joins of the other tables. */
    String joins() {
        return from.substring((footprintTable + " t").length());
    }

    /**
     * The SQL that yields the property for this caller: null on the rows it may not see.
     * PostgreSQL yields the null, so that every answer, export, tile and filter withholds it alike.
     */
    public String sql(FeatureProperty property, FeatureAccess access) {
        String withheldWhere = restrictions.withheldWhere(property.name());
        if (withheldWhere == null || access.restricted()) {
            return property.sql();
        }
        return "CASE WHEN " + withheldWhere + " THEN NULL ELSE " + property.sql() + " END";
    }

    /** The property of this name, which Cairn's own code names. */
    public FeatureProperty property(String name) {
        return properties.stream().filter(property -> property.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(collection + " has no property " + name));
    }

    public SortKey defaultSort() {
        return sortKeys.get(0);
    }

    /** Appends what keeps out the rows this caller may not see: other organisations', sensitive ones. */
    public void restrict(FeatureAccess access, SqlStatement where) {
        if (access.organisation() != null) {
            where.append(" AND " + organisationColumn + " = ?", access.organisation());
        }
        if (sensitiveRows != null && !access.sensitive()) {
            where.append(" AND NOT (" + sensitiveRows + ")");
        }
    }
}
