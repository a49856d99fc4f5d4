package org.cairn.audit;

import java.util.Map;
import java.util.Set;

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
 * @param restricted         API names of properties withheld from callers without restricted access
 * @param restrictedWhere    properties withheld from them throughout the history of an item that ever
 *                           held a value
 */
public record AuditedType(
        String auditTable,
        String organisationColumn,
        String geometryColumn,
        String relationsSql,
        Map<String, String> propertyNames,
        Set<String> omitted,
        Set<String> restricted,
        RestrictedWhere restrictedWhere) {

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
