package org.cairn.ogc.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.feature.Condition;
import org.cairn.feature.SqlStatement;
import org.cairn.support.BoundValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CQL2 filters in text and JSON turned into SQL with bound values, and every kind of fault refused. */
class Cql2Test {

    private static final String TEXT = "CAST(? AS text)";
    private static final String BIGINT = "CAST(? AS bigint)";
    private static final String DOUBLE = "CAST(? AS double precision)";
    private static final String BOOL = "CAST(? AS boolean)";
    private static final String DATE = "CAST(? AS date)";
    private static final String TIMESTAMP = "CAST(? AS timestamptz)";
    private static final String LIKE = " LIKE " + TEXT + " ESCAPE '\\'";
    private static final String WKT = "ST_Transform(ST_SetSRID(ST_GeomFromText(" + TEXT + "), 4326), 4326)";
    private static final String ENVELOPE = "ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 4326)";

    private static final Map<String, Queryable> QUERYABLES = queryables(
            new Queryable("name", "t.name", QueryableType.STRING),
            new Queryable("classification", "t.classification", QueryableType.STRING),
            new Queryable("quantity", "t.quantity", QueryableType.INTEGER),
            new Queryable("areaM2", "t.area_m2", QueryableType.NUMBER),
            new Queryable("dateOfInformation", "t.date_of_information", QueryableType.DATE),
            new Queryable("updatedAt", "t.updated_at", QueryableType.TIMESTAMP),
            new Queryable("closed", "t.closed", QueryableType.BOOLEAN),
            new Queryable("geometry", "t.geom", QueryableType.GEOMETRY),
            // as the CQL2 specification's examples name them
            new Queryable("floors", "t.floors", QueryableType.INTEGER),
            new Queryable("material", "t.material", QueryableType.STRING),
            new Queryable("swimming_pool", "t.swimming_pool", QueryableType.BOOLEAN),
            new Queryable("eo:cloud_cover", "t.cloud_cover", QueryableType.NUMBER));

    /** A filter in both encodings, and the condition (inside " AND (...)") and values both must give. */
    record Translation(String text, String json, String sql, List<Object> values) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Translation translation(String text, String json, String sql, Object... values) {
        return new Translation(text, json, sql, Arrays.asList(values));
    }

    static List<Translation> translations() {
        return List.of(
                translation("name = 'Ridge ''A'''", """
                        {"op": "=", "args": [{"property": "name"}, "Ridge 'A'"]}""",
                        "(t.name) = " + TEXT, "Ridge 'A'"),
                translation("\"name\" <> 'Ridge'", """
                        {"op": "<>", "args": [{"property": "name"}, "Ridge"]}""",
                        "(t.name) <> " + TEXT, "Ridge"),
                translation("quantity < 5", """
                        {"op": "<", "args": [{"property": "quantity"}, 5]}""",
                        "(t.quantity) < " + BIGINT, 5L),
                translation("quantity >= 2.5", """
                        {"op": ">=", "args": [{"property": "quantity"}, 2.5]}""",
                        "(t.quantity) >= " + DOUBLE, 2.5),
                translation("areaM2 > -1.5E3", """
                        {"op": ">", "args": [{"property": "areaM2"}, -1.5E3]}""",
                        "(t.area_m2) > " + DOUBLE, -1500.0),
                translation("areaM2 <= 100", """
                        {"op": "<=", "args": [{"property": "areaM2"}, 100]}""",
                        "(t.area_m2) <= " + DOUBLE, 100.0),
                translation("5 < quantity", """
                        {"op": "<", "args": [5, {"property": "quantity"}]}""",
                        BIGINT + " < (t.quantity)", 5L),
                translation("areaM2 > quantity", """
                        {"op": ">", "args": [{"property": "areaM2"}, {"property": "quantity"}]}""",
                        "(t.area_m2) > (t.quantity)"),
                translation("closed = TRUE", """
                        {"op": "=", "args": [{"property": "closed"}, true]}""",
                        "(t.closed) = " + BOOL, true),
                translation("dateOfInformation >= DATE('2026-03-01')", """
                        {"op": ">=", "args": [{"property": "dateOfInformation"}, {"date": "2026-03-01"}]}""",
                        "(t.date_of_information) >= " + DATE, LocalDate.of(2026, 3, 1)),
                translation("updatedAt < TIMESTAMP('2026-03-01T09:30:00Z')", """
                        {"op": "<", "args": [{"property": "updatedAt"}, {"timestamp": "2026-03-01T09:30:00Z"}]}""",
                        "(t.updated_at) < " + TIMESTAMP, OffsetDateTime.parse("2026-03-01T09:30:00Z")),
                translation("updatedAt >= DATE('2026-03-01')", """
                        {"op": ">=", "args": [{"property": "updatedAt"}, {"date": "2026-03-01"}]}""",
                        "(t.updated_at) >= " + TIMESTAMP, OffsetDateTime.parse("2026-03-01T00:00:00Z")),
                translation("CASEI(name) = casei('RIDGE')", """
                        {"op": "=", "args": [{"op": "casei", "args": [{"property": "name"}]},
                                             {"op": "casei", "args": ["RIDGE"]}]}""",
                        "lower((t.name)) = lower(" + TEXT + ")", "RIDGE"),
                translation("name LIKE 'Ridge%'", """
                        {"op": "like", "args": [{"property": "name"}, "Ridge%"]}""",
                        "(t.name)" + LIKE, "Ridge%"),
                translation("CASEI(name) NOT LIKE CASEI('%field\\_%')", """
                        {"op": "not", "args": [{"op": "like", "args": [
                            {"op": "casei", "args": [{"property": "name"}]},
                            {"op": "casei", "args": ["%field\\\\_%"]}]}]}""",
                        "NOT (lower((t.name)) LIKE lower(" + TEXT + ") ESCAPE '\\')", "%field\\_%"),
                translation("quantity BETWEEN 1 AND 10", """
                        {"op": "between", "args": [{"property": "quantity"}, 1, 10]}""",
                        "(t.quantity) BETWEEN " + BIGINT + " AND " + BIGINT, 1L, 10L),
                translation("areaM2 NOT BETWEEN 0.5 AND 2", """
                        {"op": "not", "args": [{"op": "between", "args": [{"property": "areaM2"}, 0.5, 2]}]}""",
                        "NOT ((t.area_m2) BETWEEN " + DOUBLE + " AND " + DOUBLE + ")", 0.5, 2.0),
                translation("classification IN ('AP', 'AT')", """
                        {"op": "in", "args": [{"property": "classification"}, ["AP", "AT"]]}""",
                        "(t.classification) IN (" + TEXT + ", " + TEXT + ")", "AP", "AT"),
                translation("quantity NOT IN (1, 2, 3)", """
                        {"op": "not", "args": [{"op": "in", "args": [{"property": "quantity"}, [1, 2, 3]]}]}""",
                        "NOT ((t.quantity) IN (" + BIGINT + ", " + BIGINT + ", " + BIGINT + "))", 1L, 2L, 3L),
                translation("dateOfInformation IS NULL", """
                        {"op": "isNull", "args": [{"property": "dateOfInformation"}]}""",
                        "(t.date_of_information) IS NULL"),
                translation("updatedAt IS NOT NULL", """
                        {"op": "not", "args": [{"op": "isNull", "args": [{"property": "updatedAt"}]}]}""",
                        "NOT ((t.updated_at) IS NULL)"),
                translation("TRUE", "true", BOOL, true),
                translation("S_INTERSECTS(geometry, POINT(36.319836 32.288087))", """
                        {"op": "s_intersects", "args": [{"property": "geometry"},
                            {"type": "Point", "coordinates": [36.319836, 32.288087]}]}""",
                        "ST_Intersects((t.geom), " + WKT + ")", "POINT(36.319836 32.288087)"),
                translation("S_INTERSECTS(geometry, BBOX(-10, 40.5, 10, 50))", """
                        {"op": "s_intersects", "args": [{"property": "geometry"}, {"bbox": [-10, 40.5, 10, 50]}]}""",
                        "ST_Intersects((t.geom), " + ENVELOPE + ")", -10.0, 40.5, 10.0, 50.0),
                translation("S_INTERSECTS(geometry, BBOX(-10, 40.5, 0, 10, 50, 100))", """
                        {"op": "s_intersects", "args": [{"property": "geometry"},
                            {"bbox": [-10, 40.5, 0, 10, 50, 100]}]}""",
                        "ST_Intersects((t.geom), " + ENVELOPE + ")", -10.0, 40.5, 10.0, 50.0),
                translation("S_EQUALS(geometry, LINESTRING(0 0, 1 1.5))", """
                        {"op": "s_equals", "args": [{"property": "geometry"},
                            {"type": "LineString", "coordinates": [[0, 0], [1, 1.5]]}]}""",
                        "ST_Equals((t.geom), " + WKT + ")", "LINESTRING(0 0, 1 1.5)"),
                translation("S_DISJOINT(geometry, POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1)))", """
                        {"op": "s_disjoint", "args": [{"property": "geometry"}, {"type": "Polygon", "coordinates":
                            [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]]}]}""",
                        "NOT ST_Intersects((t.geom), " + WKT + ")",
                        "POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))"),
                translation("S_TOUCHES(geometry, MULTIPOINT((7 50), (10 51)))", """
                        {"op": "s_touches", "args": [{"property": "geometry"},
                            {"type": "MultiPoint", "coordinates": [[7, 50], [10, 51]]}]}""",
                        "ST_Touches((t.geom), " + WKT + ")", "MULTIPOINT((7 50), (10 51))"),
                translation("S_TOUCHES(geometry, MULTIPOINT(7 50, 10 51))", """
                        {"op": "s_touches", "args": [{"property": "geometry"},
                            {"type": "MultiPoint", "coordinates": [[7, 50], [10, 51]]}]}""",
                        "ST_Touches((t.geom), " + WKT + ")", "MULTIPOINT((7 50), (10 51))"),
                translation("S_WITHIN(geometry, MULTILINESTRING((0 0, 1 1), (2 2, 3 3)))", """
                        {"op": "s_within", "args": [{"property": "geometry"},
                            {"type": "MultiLineString", "coordinates": [[[0, 0], [1, 1]], [[2, 2], [3, 3]]]}]}""",
                        "ST_Within((t.geom), " + WKT + ")", "MULTILINESTRING((0 0, 1 1), (2 2, 3 3))"),
                translation("S_OVERLAPS(geometry, MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5))))", """
                        {"op": "s_overlaps", "args": [{"property": "geometry"}, {"type": "MultiPolygon", "coordinates":
                            [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]]}]}""",
                        "ST_Overlaps((t.geom), " + WKT + ")",
                        "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))"),
                translation("S_CROSSES(geometry, GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1)))", """
                        {"op": "s_crosses", "args": [{"property": "geometry"}, {"type": "GeometryCollection",
                            "geometries": [{"type": "Point", "coordinates": [1, 2]},
                                           {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}]}]}""",
                        "ST_Crosses((t.geom), " + WKT + ")", "GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1))"),
                translation("S_CONTAINS(POLYGON Z((0 0 1, 1 0 1, 1 1 1, 0 0 1)), geometry)", """
                        {"op": "s_contains", "args": [{"type": "Polygon", "coordinates":
                            [[[0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 0, 1]]]}, {"property": "geometry"}]}""",
                        "ST_Contains(" + WKT + ", (t.geom))", "POLYGON((0 0 1, 1 0 1, 1 1 1, 0 0 1))"),
                translation("\"eo:cloud_cover\" >= 0.1 AND eo:cloud_cover <= 0.2", """
                        {"op": "and", "args": [{"op": ">=", "args": [{"property": "eo:cloud_cover"}, 0.1]},
                                               {"op": "<=", "args": [{"property": "eo:cloud_cover"}, 0.2]}]}""",
                        "(t.cloud_cover) >= " + DOUBLE + " AND (t.cloud_cover) <= " + DOUBLE, 0.1, 0.2),
                // the specification's example 16, both encodings as it gives them
                translation("""
                        swimming_pool=true AND (floors>5
                                            OR  material LIKE 'brick%'
                                            OR  material LIKE '%brick')""", """
                        {"op": "and", "args": [
                            {"op": "=", "args": [{"property": "swimming_pool"}, true]},
                            {"op": "or", "args": [
                                {"op": ">", "args": [{"property": "floors"}, 5]},
                                {"op": "like", "args": [{"property": "material"}, "brick%"]},
                                {"op": "like", "args": [{"property": "material"}, "%brick"]}]}]}""",
                        "(t.swimming_pool) = " + BOOL + " AND ((t.floors) > " + BIGINT + " OR (t.material)" + LIKE
                                + " OR (t.material)" + LIKE + ")", true, 5L, "brick%", "%brick"),
                // the specification's example 17
                translation("(floors>5 AND material='brick') OR swimming_pool=true", """
                        {"op": "or", "args": [
                            {"op": "and", "args": [{"op": ">", "args": [{"property": "floors"}, 5]},
                                                   {"op": "=", "args": [{"property": "material"}, "brick"]}]},
                            {"op": "=", "args": [{"property": "swimming_pool"}, true]}]}""",
                        "((t.floors) > " + BIGINT + " AND (t.material) = " + TEXT + ") OR (t.swimming_pool) = " + BOOL,
                        5L, "brick", true),
                translation("not closed = false and name like 'a%' or s_intersects(geometry, point(1 2))", """
                        {"op": "or", "args": [
                            {"op": "and", "args": [
                                {"op": "not", "args": [{"op": "=", "args": [{"property": "closed"}, false]}]},
                                {"op": "like", "args": [{"property": "name"}, "a%"]}]},
                            {"op": "s_intersects", "args": [{"property": "geometry"},
                                {"type": "Point", "coordinates": [1, 2]}]}]}""",
                        "(NOT ((t.closed) = " + BOOL + ") AND (t.name)" + LIKE + ") OR ST_Intersects((t.geom), " + WKT
                                + ")", false, "a%", "POINT(1 2)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void textAndJsonGiveTheSameCondition(Translation translation) {
        assertCondition(translation, translation.text(), Cql2Language.TEXT);
        assertCondition(translation, translation.json(), Cql2Language.JSON);
    }

    private static void assertCondition(Translation translation, String filter, Cql2Language language)
            {
        SqlStatement where = translate(filter, language, FilterCrs.CRS84);
        assertEquals(" AND (" + translation.sql() + ")", where.sql(), language + ": " + filter);
        assertEquals(translation.values(), BoundValues.of(where), language + ": " + filter);
    }

    @Test
    void notBindsTighterThanAndAndAndTighterThanOr() {
        assertEquals(" AND ((t.closed) = " + BOOL + " OR ((t.quantity) = " + BIGINT + " AND NOT ((t.name) = " + TEXT
                + ")))", sql("closed = TRUE OR quantity = 1 AND NOT name = 'a'"));
        assertEquals(" AND (((t.closed) = " + BOOL + " OR (t.quantity) = " + BIGINT + ") AND (t.name) = " + TEXT + ")",
                sql("(closed = TRUE OR quantity = 1) AND name = 'a'"));
        assertEquals(" AND (NOT (NOT ((t.closed) = " + BOOL + ")))", sql("NOT NOT closed = TRUE"));
        assertEquals(" AND ((t.quantity) BETWEEN " + BIGINT + " AND " + BIGINT + " AND (t.closed) = " + BOOL + ")",
                sql("quantity BETWEEN 1 AND 2 AND closed = FALSE"));
    }

    @Test
    void literalsAreBoundNeverWrittenIntoTheSql() {
        SqlStatement where = translate("name = 'Robert''); DROP TABLE hazard_area; --'", Cql2Language.TEXT,
                FilterCrs.CRS84);
        assertEquals(" AND ((t.name) = " + TEXT + ")", where.sql());
        assertEquals(List.of("Robert'); DROP TABLE hazard_area; --"), BoundValues.of(where));
        Cql2Exception fault = assertThrows(Cql2Exception.class, () -> translate(
                "{\"op\": \"isNull\", \"args\": [{\"property\": \"name) OR (1=1\"}]}", Cql2Language.JSON,
                FilterCrs.CRS84));
        assertTrue(fault.getMessage().startsWith("Unknown property (a name that is not plain letters and digits) at "
                + "args[0]"), fault.getMessage());
    }

    @Test
    void latitudeFirstLiteralsAreFlippedAndOtherSystemsTransformed() {
        FilterCrs epsg4326 = new FilterCrs(4326, true);
        SqlStatement point = translate("S_INTERSECTS(geometry, POINT(32.288087 36.319836))", Cql2Language.TEXT,
                epsg4326);
        assertEquals(" AND (ST_Intersects((t.geom), ST_Transform(ST_FlipCoordinates(ST_SetSRID(ST_GeomFromText("
                + TEXT + "), 4326)), 4326)))", point.sql());
        assertEquals(List.of("POINT(32.288087 36.319836)"), BoundValues.of(point));

        SqlStatement box = translate("{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"},"
                + " {\"bbox\": [40.5, -10, 50, 10]}]}", Cql2Language.JSON, epsg4326);
        assertEquals(" AND (ST_Intersects((t.geom), ST_Transform(ST_FlipCoordinates(ST_MakeEnvelope(?, ?, ?, ?, 4326)),"
                + " 4326)))", box.sql());
        assertEquals(List.of(40.5, -10.0, 50.0, 10.0), BoundValues.of(box));

        SqlStatement utm = translate("S_WITHIN(geometry, BBOX(500000, 4000000, 510000, 4010000))", Cql2Language.TEXT,
                new FilterCrs(32637, false));
        assertEquals(" AND (ST_Within((t.geom), ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 32637), 4326)))", utm.sql());
        assertEquals(List.of(500000.0, 4000000.0, 510000.0, 4010000.0), BoundValues.of(utm));

        assertThrows(IllegalArgumentException.class, () -> new FilterCrs(0, false));
    }

    @Test
    void filterLangNamesTheEncoding() {
        assertEquals(Cql2Language.TEXT, Cql2Language.of("cql2-text"));
        assertEquals(Cql2Language.JSON, Cql2Language.of("cql2-json"));
        Cql2Exception fault = assertThrows(Cql2Exception.class, () -> Cql2Language.of("cql2-xml"));
        assertEquals("Unknown filter-lang; Cairn accepts cql2-text and cql2-json.", fault.getMessage());
    }

    /** A refused filter, where its fault was found (-1 in JSON) and the start of the message that says so. */
    record Fault(Cql2Language language, String filter, int position, String message) {
        @Override
        public String toString() {
            return language + ": " + (filter.length() > 80 ? filter.substring(0, 80) + "..." : filter);
        }
    }

    static Fault text(String filter, int position, String message) {
        return new Fault(Cql2Language.TEXT, filter, position, message);
    }

    static Fault json(String filter, String message) {
        return new Fault(Cql2Language.JSON, filter, -1, message);
    }

    static List<Fault> faults() {
        return List.of(
                text("", 0, "The filter is empty."),
                text("quantity 5", 9, "Unexpected number at position 9; expected a comparison operator, LIKE, BETWEEN,"),
                text("(quantity = 5", 13, "Unexpected end of filter at position 13; expected AND, OR or ')'."),
                text("quantity = ", 11, "Unexpected end of filter at position 11; expected a property or a value."),
                text("name = 'Ridge", 7, "Unterminated string starting at position 7;"),
                text("quantity = 5 # 1", 13, "Unexpected character '#' at position 13."),
                text("quantity = 5 closed = TRUE", 13,
                        "Unexpected 'closed' at position 13; expected AND, OR or the end of the filter."),
                text("name NOT = 'a'", 9, "Unexpected '=' at position 9; expected LIKE, BETWEEN or IN after NOT."),
                text("quantity BETWEEN 1 OR 2", 19, "Unexpected 'OR' at position 19; expected AND between the bounds"),
                text("quantity IN ()", 13, "Unexpected ')' at position 13; expected a property or a value."),
                text("name IS 'a'", 8, "Unexpected string at position 8; expected NULL or NOT NULL."),
                text("\"\" = 1", 0, "Empty quoted property name at position 0."),
                text("quantity + 1 > 2", 9, "Arithmetic ('+' at position 9) is not supported."),
                text("quantity = 1 * 2", 13, "Arithmetic ('*' at position 13) is not supported."),
                text("colour = 'red'", 0, "Unknown property 'colour' at position 0; this collection's queryables are"
                        + " name, classification, quantity, areaM2, dateOfInformation, updatedAt, closed, geometry,"),
                text("quantity = 'five'", 11, "Type mismatch at position 11: a string cannot be compared with"
                        + " property 'quantity' (an integer)."),
                text("'five' = quantity", 0, "Type mismatch at position 0: a string cannot be compared with"
                        + " property 'quantity' (an integer)."),
                text("name = DATE('2026-01-01')", 7,
                        "Type mismatch at position 7: a date cannot be compared with property 'name' (a string)."),
                text("dateOfInformation < TIMESTAMP('2026-01-01T00:00:00Z')", 20, "Type mismatch at position 20:"
                        + " a timestamp cannot be compared with property 'dateOfInformation' (a date)."),
                text("name > quantity", 7, "Type mismatch at position 7: property 'quantity' (an integer) cannot be"
                        + " compared with property 'name' (a string)."),
                text("closed IN (TRUE, 1)", 17, "Type mismatch at position 17: a number cannot be compared with"),
                text("quantity LIKE '5%'", 0,
                        "Type mismatch at position 0: LIKE takes strings, not property 'quantity' (an integer)."),
                text("CASEI(quantity) = '5'", 6,
                        "Type mismatch at position 6: CASEI takes strings, not property 'quantity' (an integer)."),
                text("S_INTERSECTS(name, POINT(1 2))", 13,
                        "Type mismatch at position 13: S_INTERSECTS takes geometries, not property 'name' (a string)."),
                text("geometry = POINT(1 2)", 9, "'=' at position 9 cannot compare geometries; use a spatial function"),
                text("dateOfInformation = DATE('2026-13-01')", 20,
                        "Invalid date at position 20; expected a calendar date as YYYY-MM-DD."),
                text("dateOfInformation = DATE('2026-02-30')", 20, "Invalid date at position 20;"),
                text("updatedAt = TIMESTAMP('2026-01-01 10:00')", 12,
                        "Invalid timestamp at position 12;"),
                text("ACCENTI(name) = 'a'", 0,
                        "Accent-insensitive comparison (ACCENTI) at position 0 is not supported."),
                text("name LIKE accenti('a%')", 10, "Accent-insensitive comparison (ACCENTI) at position 10 is not"),
                text("T_AFTER(updatedAt, TIMESTAMP('2026-01-01T00:00:00Z'))", 0,
                        "The temporal function T_AFTER at position 0 is not supported;"),
                text("updatedAt = INTERVAL('2026-01-01', '..')", 12,
                        "The temporal function INTERVAL at position 12 is not supported;"),
                text("A_CONTAINS(classification, ('AP'))", 0,
                        "The array function A_CONTAINS at position 0 is not supported."),
                text("upper(name) = 'A'", 0, "The function upper at position 0 is not supported."),
                text("S_INTERSECTS(geometry, POINT(1))", 30,
                        "Unexpected ')' at position 30; expected a second coordinate"),
                text("S_INTERSECTS(geometry, POINT(1 a))", 31, "Unexpected 'a' at position 31; expected a second"),
                text("S_INTERSECTS(geometry, POINT(1 2)", 33, "Unexpected end of filter at position 33; expected ')'."),
                text("S_INTERSECTS(geometry, POINT(1, 2))", 30,
                        "Unexpected ',' at position 30; expected a second coordinate"),
                text("S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1, 0 1)))", 31,
                        "The polygon ring at position 31 is not closed; its last position must repeat its first."),
                text("S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 0 0)))", 31,
                        "The polygon ring at position 31 needs at least 4 positions"),
                text("S_INTERSECTS(geometry, LINESTRING(0 0))", 33,
                        "The line at position 33 needs at least 2 positions."),
                text("S_INTERSECTS(geometry, LINESTRING(0 0, 1 1 1))", 39,
                        "The position at position 39 has 3 coordinates where the rest of the geometry has 2."),
                text("S_INTERSECTS(geometry, POINT Z(1 2))", 31,
                        "The position at position 31 has 2 coordinates where the rest of the geometry has 3."),
                text("S_INTERSECTS(geometry, POINT(1 2 3 4))", 29,
                        "The position at position 29 needs 2 or 3 coordinates (x y, or x y z), not 4."),
                text("S_INTERSECTS(geometry, GEOMETRYCOLLECTION(GEOMETRYCOLLECTION(POINT(1 2))))", 42,
                        "Unexpected 'GEOMETRYCOLLECTION' at position 42; expected a geometry within the collection"),
                text("S_INTERSECTS(geometry, BBOX(1, 2, 3))", 23, "The BBOX at position 23 has 3 numbers;"),
                text("S_INTERSECTS(geometry, BBOX(10, 2, 3, 4))", 23,
                        "The BBOX at position 23 has a minimum above its maximum;"),
                text("(".repeat(150) + "closed = TRUE" + ")".repeat(150), 100,
                        "The filter nests more than 100 levels deep at position 100."),
                json("  ", "The filter is empty."),
                json("{\"op\": \"=\", \"args\": [", "The filter is not valid JSON (line 1, column 22)."),
                json("{\"op\": \"isNull\", \"args\": [{\"property\": \"name\"}]} 5", "The filter is not valid JSON"),
                json("{\"op\": \"isNull\", \"op\": \"not\", \"args\": [{\"property\": \"name\"}]}",
                        "The filter is not valid JSON"),
                json("[\"name\"]", "Unexpected array at the top level; expected a condition: an object with op and"),
                json("{\"op\": \"=\", \"args\": [{\"property\": \"name\"}]}",
                        "The operator '=' at the top level takes 2 arguments, not 1."),
                json("{\"op\": \"and\", \"args\": [true]}",
                        "The operator 'and' at the top level takes at least 2 arguments, not 1."),
                json("{\"op\": \"like\", \"args\": {\"property\": \"name\"}}",
                        "The operator 'like' at the top level needs an args array."),
                json("{\"op\": \"and\", \"args\": [true, 5]}", "Unexpected number at args[1]; expected a condition"),
                json("{\"op\": \"and\", \"args\": [true, {\"op\": \"=\", \"args\": [{\"property\": \"colour\"}, 1]}]}",
                        "Unknown property 'colour' at args[1].args[0]; this collection's queryables are name,"),
                json("{\"op\": \"=\", \"args\": [{\"property\": 5}, 1]}",
                        "Expected a non-empty string at args[0].property."),
                json("{\"op\": \"=\", \"args\": [{\"property\": \"quantity\"}, \"five\"]}",
                        "Type mismatch at args[1]: a string cannot be compared with property 'quantity' (an integer)."),
                json("{\"op\": \"=\", \"args\": [{\"property\": \"closed\"}, null]}",
                        "Unexpected null at args[1]; expected a property, a value or CASEI."),
                json("{\"op\": \"=\", \"args\": [{\"property\": \"dateOfInformation\"}, {\"date\": \"2026-13-01\"}]}",
                        "Invalid date at args[1];"),
                json("{\"op\": \"=\", \"args\": [{\"property\": \"updatedAt\"}, {\"timestamp\": \"yesterday\"}]}",
                        "Invalid timestamp at args[1];"),
                json("{\"op\": \"like\", \"args\": [{\"property\": \"name\"},"
                        + " {\"op\": \"accenti\", \"args\": [\"a\"]}]}",
                        "Accent-insensitive comparison (ACCENTI) at args[1] is not supported."),
                json("{\"op\": \"t_after\", \"args\": [{\"property\": \"updatedAt\"}, {\"date\": \"2026-01-01\"}]}",
                        "The temporal function t_after at the top level is not supported;"),
                json("{\"op\": \"a_overlaps\", \"args\": [{\"property\": \"name\"}, [\"a\"]]}",
                        "The array function a_overlaps at the top level is not supported."),
                json("{\"op\": \">\", \"args\": [{\"op\": \"+\", \"args\": [{\"property\": \"quantity\"}, 1]}, 2]}",
                        "Arithmetic ('+' at args[0]) is not supported."),
                json("{\"op\": \"casei\", \"args\": [{\"property\": \"name\"}]}",
                        "CASEI at the top level is a value, not a condition;"),
                json("{\"op\": \"=\", \"args\": [{\"op\": \"isNull\", \"args\": [{\"property\": \"name\"}]}, true]}",
                        "The condition 'isNull' at args[0] cannot stand for a value."),
                json("{\"op\": \"in\", \"args\": [{\"property\": \"quantity\"}, []]}",
                        "Expected a non-empty array of values at args[1]."),
                json("{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"}, {\"bbox\": [1, 2, 3]}]}",
                        "The BBOX at args[1] has 3 numbers;"),
                json("{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"},"
                        + " {\"bbox\": [1, \"2\", 3, 4]}]}",
                        "Expected a number at args[1].bbox[1]."),
                json("{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"},"
                        + " {\"type\": \"Point\", \"coordinates\": [1]}]}",
                        "The position at args[1].coordinates needs 2 or 3 coordinates (x y, or x y z), not 1."),
                json("{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"},"
                        + " {\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}]}",
                        "The polygon ring at args[1].coordinates[0] is not closed;"),
                json("{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"},"
                        + " {\"type\": \"MultiPoint\", \"coordinates\": []}]}",
                        "Expected a non-empty array at args[1].coordinates."),
                json("{\"op\": \"s_intersects\", \"args\": [{\"property\": \"geometry\"}, {\"type\": \"Feature\"}]}",
                        "Unknown geometry type at args[1]; expected Point, LineString,"),
                json("{\"op\": \"not\", \"args\": [".repeat(150) + "true" + "]}".repeat(150),
                        "The filter nests more than 100 levels deep at "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultsAreRefusedWithWhereTheyAre(Fault fault) {
        Cql2Exception refusal = assertThrows(Cql2Exception.class,
                () -> Cql2.condition(fault.filter(), fault.language(), QUERYABLES, FilterCrs.CRS84));
        assertTrue(refusal.getMessage().startsWith(fault.message()), refusal.getMessage());
        assertEquals(fault.position(), refusal.position(), refusal.getMessage());
    }

    /** A request's count and its page append the one condition: the same SQL and the same values, parsed once. */
    @Test
    void aConditionRendersTheSameIntoEveryStatement() {
        Condition condition = Cql2.condition("name LIKE 'Ridge%' AND S_INTERSECTS(geometry, BBOX(32, 9, 33, 10))",
                Cql2Language.TEXT, QUERYABLES, FilterCrs.CRS84);
        SqlStatement count = new SqlStatement().append("SELECT count(*) FROM hazard_area t WHERE TRUE");
        SqlStatement page = new SqlStatement().append("SELECT t.id FROM hazard_area t WHERE TRUE");

        condition.append(count);
        condition.append(page);

        String countCondition = count.sql().substring(count.sql().indexOf(" AND ("));
        assertEquals(countCondition, page.sql().substring(page.sql().indexOf(" AND (")));
        assertEquals(List.of("Ridge%", 32.0, 9.0, 33.0, 10.0), BoundValues.of(count));
        assertEquals(BoundValues.of(count), BoundValues.of(page));
    }

    private static SqlStatement translate(String filter, Cql2Language language, FilterCrs crs) {
        SqlStatement where = new SqlStatement();
        Cql2.condition(filter, language, QUERYABLES, crs).append(where);
        return where;
    }

    private static String sql(String text) {
        return translate(text, Cql2Language.TEXT, FilterCrs.CRS84).sql();
    }

    private static Map<String, Queryable> queryables(Queryable... queryables) {
        Map<String, Queryable> map = new LinkedHashMap<>();
        for (Queryable queryable : queryables) {
            map.put(queryable.name(), queryable);
        }
        return map;
    }
}
