package org.cairn.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Properties withheld from callers without restricted access in the versions where a column held
 * a value, as the feature answers withhold them on such rows: the texts of an ammunition store.
 *
 * @param column     the audit table's column that decides
 * @param value      the value that makes the properties restricted
 * @param properties API names of the properties withheld
 */
public record RestrictedWhere(String column, String value, Set<String> properties) {

    /** Nothing withheld row by row. */
    public static final RestrictedWhere NONE = new RestrictedWhere(null, null, Set.of());

    /** Whether a change of the property is withheld: the item held the value before it or after it. */
    boolean withholds(String property, JsonNode before, JsonNode after) {
        return properties.contains(property)
                && (value.equals(before.path(column).asText(null)) || value.equals(after.path(column).asText(null)));
    }
}
