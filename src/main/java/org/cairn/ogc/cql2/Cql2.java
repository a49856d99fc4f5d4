package org.cairn.ogc.cql2;

import java.util.Map;
import org.cairn.feature.Condition;

/**
 * OGC CQL2 (OGC 21-065) filters for OGC API - Features Part 3, in cql2-text and cql2-json, as SQL
 * conditions for PostgreSQL/PostGIS with every literal bound as a parameter.
 *
 * <p>Supported: AND, OR, NOT and parentheses; = &lt;&gt; &lt; &gt; &lt;= &gt;=; LIKE, BETWEEN and IN
 * (each also with NOT); IS [NOT] NULL; CASEI; TRUE and FALSE; numbers; strings; DATE and TIMESTAMP
 * literals; S_INTERSECTS, S_EQUALS, S_DISJOINT, S_TOUCHES, S_WITHIN, S_OVERLAPS, S_CROSSES and
 * S_CONTAINS over properties, WKT or GeoJSON geometries and BBOX. ACCENTI, temporal (T_*) and array
 * (A_*) functions, INTERVAL, other functions and arithmetic are refused as not supported.
 *
 * <p>Literals bind as the type of the queryable they meet. A DATE compared with a TIMESTAMP
 * queryable stands for midnight UTC at the start of that day, so that {@code updatedAt >=
 * DATE('2026-03-01')} reads as one would expect; a TIMESTAMP compared with a DATE queryable is a
 * type mismatch, since it would have to lose its time. A whole number compared with an INTEGER
 * queryable binds as bigint, any other number as double precision.
 */
public final class Cql2 {

    /** How deep conditions may nest, which bounds the parsers' recursion. */
    static final int MAX_NESTING = 100;

    private Cql2() {
    }

    /**
     * The filter as a condition: parsed once into a tree, checked against the queryables once and
     * rendered to SQL once, with every literal bound as a parameter, so that the count and the page
     * of one request append the same condition. Throws Cql2Exception for any fault, with a message
     * fit for a 400 answer that names the position (text) or path (JSON).
     */
    public static Condition condition(String filter, Cql2Language language, Map<String, Queryable> queryables,
            FilterCrs crs) {
        if (filter == null || filter.isBlank()) {
            throw new Cql2Exception("The filter is empty.", language == Cql2Language.TEXT ? 0 : -1);
        }
        Predicate predicate = language == Cql2Language.TEXT ? TextParser.parse(filter) : JsonParser.parse(filter);
        return SqlTranslator.translate(predicate, queryables, crs);
    }
}
