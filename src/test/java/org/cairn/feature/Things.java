package org.cairn.feature;

import static org.cairn.feature.PropertyKind.INTEGER;
import static org.cairn.feature.PropertyKind.STRING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small feature type of the shape Cairn's own have, for tests of the query path that need no database. */
final class Things {

    enum Kind { MINE, UXO }

    /** Whose owner is restricted on every row, whose store texts on store rows only; secret rows are sensitive. */
    static final FeatureType TYPE = new FeatureType("things", "thing", "thing t", "t.deleted_at IS NULL",
            "t.organisation_id", "t.secret", "t.geom",
            List.of(new FeatureProperty("name", "t.name", STRING),
                    new FeatureProperty("owner", "t.owner", STRING),
                    new FeatureProperty("contents", "t.contents", STRING),
                    new FeatureProperty("quantity", "t.quantity", INTEGER)),
            Restrictions.always("owner").where("t.kind = 'STORE'", "contents"),
            Map.of("kind", Filters.anyOf("t.kind", Kind.class)),
            List.of(new SortKey("updatedAt", "t.updated_at", "timestamptz"), new SortKey("name", "t.name", "text")),
            "thing");

    private Things() {
    }

    /** A query of these name and value pairs, in order. */
    static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.put(pairs[i], List.of(pairs[i + 1]));
        }
        return query;
    }
}
