package org.cairn.ogc.cql2;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The CQL2 spatial comparison functions and the PostGIS calls that answer them. */
enum SpatialFunction {
    S_INTERSECTS("ST_Intersects"),
    S_EQUALS("ST_Equals"),
    // Disjoint is exactly "does not intersect"; ST_Intersects, unlike ST_Disjoint, can use the spatial index.
    S_DISJOINT("NOT ST_Intersects"),
    S_TOUCHES("ST_Touches"),
    S_WITHIN("ST_Within"),
    S_OVERLAPS("ST_Overlaps"),
    S_CROSSES("ST_Crosses"),
    S_CONTAINS("ST_Contains");

    private final String sql;

    SpatialFunction(String sql) {
        this.sql = sql;
    }

    /** The SQL written before the parenthesised arguments. */
    String sql() {
        return sql;
    }

    /** The function a name stands for, in any letter case. */
    static Optional<SpatialFunction> of(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(function -> function.name().equals(upper)).findFirst();
    }
}
