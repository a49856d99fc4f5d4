package org.cairn.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Properties withheld from callers without restricted access throughout the history of an item
 * that ever held a value in a column, as the feature answers withhold them while it holds it: the
 * texts of an ammunition store, including those written before it was classified as one.
 *
 * @param column     the audit table's column that decides
 * @param value      the value that makes the properties restricted
 * @param properties API names of the properties withheld
 */
public record RestrictedWhere(String column, String value, Set<String> properties) {

    /** Nothing withheld this way. */
    public static final RestrictedWhere NONE = new RestrictedWhere(null, null, Set.of());

    /** Whether this version of the item holds the value. */
    boolean heldBy(JsonNode state) {
        return value != null && value.equals(state.path(column).asText(null));
    }
}
