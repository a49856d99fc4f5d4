package org.cairn.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cairn.feature.KnownAdminAreas;

/**
 * The admin areas statistics group and filter by. Each item's area is the deepest holding it
 * ({@code admin_pcode}); its lineage names its ancestors, so any level is one array lookup.
 */
@ApplicationScoped
class AdminAreas {

    static final String ALIAS = "aa";

    @Inject KnownAdminAreas knownAdminAreas;

    static String join(String pcode) {
        return " LEFT JOIN admin_area " + ALIAS + " ON " + ALIAS + ".pcode = " + pcode;
    }

    /** Rows whose area is this one or lies inside it, whatever its level. */
    static String within() {
        return ALIAS + ".lineage @> ARRAY[?]::text[]";
    }

    Selection checked(Selection selection) {
        known(selection.adminArea());
        return selection;
    }

    /** The pcode (or null), when it names an admin area: a misspelt one is refused, not counted as nothing. */
    String known(String pcode) {
        if (pcode != null) {
            knownAdminAreas.require(pcode);
        }
        return pcode;
    }
}
