package org.cairn.audit;

import java.util.Map;
import java.util.Set;
import org.cairn.feature.Restrictions;

/**
 * How the history of one kind of item is read from its Envers audit table.
 *
 * @param auditTable         the {@code _aud} table, aliased {@code a} in the queries
 * @param organisationColumn reporting organisation, for callers confined to their own
 * @param geometryColumn     the item's geometry, or null for items without one
 * @param relationsSql       SQL yielding a JSON object of further properties at revision {@code a.rev} (the
 *                           item's children and links, named as in the API), or null
 * @param propertyNames      API names of columns whose name is not simply their camelCase
 * @param omitted            columns that are not part of a version's changes
 * @param restrictions       what callers without restricted access may not read, as the item's feature
 *                           type declares it; properties withheld where its condition holds are withheld
 *                           throughout the history of an item whose row ever met it
 */
public record AuditedType(
        String auditTable,
        String organisationColumn,
        String geometryColumn,
        String relationsSql,
        Map<String, String> propertyNames,
        Set<String> omitted,
        Restrictions restrictions) {

    String propertyName(String column) {
        String name = propertyNames.get(column);
        if (name != null) {
            return name;
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
