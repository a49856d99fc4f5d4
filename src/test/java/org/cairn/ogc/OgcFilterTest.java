package org.cairn.ogc;

import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.support.Database;
import org.cairn.support.Records;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OGC API Features Part 3: queryables and CQL2 filters, in both encodings, through HTTP. */
@QuarkusTest
class OgcFilterTest {

    private static final String ITEMS = "/ogc/collections/hazard-areas/items";

    @Inject
    AgroalDataSource dataSource;

    private String name;
    private String west;
    private String middle;
    private String east;

    /** Three hazards in a row along latitude -40: a suspected one, then two confirmed ones. */
    @BeforeEach
    void threeHazards() {
        name = uniqueName("cql");
        Map<String, Object> suspected = hazard(name + "-west", square(40.0, -40.0, 0.1));
        properties(suspected).put("dateOfInformation", "2025-06-01");
        west = Records.hazardArea(suspected);
        middle = Records.hazardArea(confirmed(name + "-middle", 40.5));
        east = Records.hazardArea(confirmed(name + "-east", 41.0));
    }

    @Test
    void queryablesAreAJsonSchemaOfWhatMayBeFiltered() {
        dataManager().when().get("/ogc/collections/hazard-areas/queryables").then().statusCode(200)
                .contentType("application/schema+json")
                .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"))
                .body("$id", containsString("/ogc/collections/hazard-areas/queryables"))
                .body("properties.classification.type", equalTo("string"))
                .body("properties.dateOfInformation.format", equalTo("date"))
                .body("properties.version.type", equalTo("integer"))
                .body("properties.geometry.format", equalTo("geometry-multipolygon"))
                .body("properties", not(hasKey("landowner")))
                .body("additionalProperties", equalTo(false));
        dataManager().when().get("/ogc/collections/minefields/queryables").then().statusCode(404);
    }

    @Test
    void basicAndAdvancedComparisons() {
        assertEquals(Set.of(middle, east), matching("name LIKE '" + name + "%' AND classification = 'CHA'"));
        assertEquals(Set.of(west), matching("name LIKE '" + name + "%' AND NOT classification IN ('CHA', 'DHA')"));
        assertEquals(Set.of(west), matching("name LIKE '" + name + "%' AND dateOfInformation BETWEEN "
                + "DATE('2025-01-01') AND DATE('2025-12-31')"));
        assertEquals(Set.of(middle), matching("CASEI(name) = CASEI('" + name.toUpperCase() + "-MIDDLE')"));
        assertEquals(Set.of(west, east), matching("(name = '" + name + "-west' OR name = '" + name
                + "-east') AND version >= 1"));
        assertEquals(Set.of(), matching("name LIKE '" + name + "%' AND description IS NOT NULL"));
    }

    @Test
    void spatialFunctionsWithPointBboxAndPolygonLiterals() {
        String ours = "name LIKE '" + name + "%' AND ";
        assertEquals(Set.of(west), matching(ours + "S_INTERSECTS(geometry, BBOX(39.9, -40.1, 40.2, -39.8))"));
        assertEquals(Set.of(middle), matching(ours + "S_INTERSECTS(geometry, POLYGON((40.45 -40.05, 40.7 -40.05, "
                + "40.7 -39.8, 40.45 -39.8, 40.45 -40.05)))"));
        assertEquals(Set.of(east), matching(ours + "S_CONTAINS(geometry, POINT(41.05 -39.95))"));
        assertEquals(Set.of(west, middle), matching(ours + "S_WITHIN(geometry, BBOX(39.5, -41, 40.8, -39))"));
        assertEquals(Set.of(middle, east), matching(ours + "S_DISJOINT(geometry, POINT(40.05 -39.95))"));
    }

    @Test
    void aFilterCrsPutsLatitudeFirst() {
        assertEquals(Set.of(east), Set.copyOf(dataManager().queryParam("filter",
                        "name LIKE '" + name + "%' AND S_CONTAINS(geometry, POINT(-39.95 41.05))")
                .queryParam("filter-crs", "http://www.opengis.net/def/crs/EPSG/0/4326")
                .when().get(ITEMS).then().statusCode(200).extract().<List<String>>path("features.id")));
    }

    @Test
    void cql2JsonMeansTheSame() {
        String json = """
                {"op": "and", "args": [
                  {"op": "like", "args": [{"property": "name"}, "%s%%"]},
                  {"op": "s_intersects", "args": [{"property": "geometry"},
                    {"type": "Polygon", "coordinates": [[[40.45, -40.05], [41.7, -40.05], [41.7, -39.8],
                      [40.45, -39.8], [40.45, -40.05]]]}]},
                  {"op": "in", "args": [{"property": "classification"}, ["CHA"]]}]}
                """.formatted(name);
        assertEquals(Set.of(middle, east), Set.copyOf(dataManager().queryParam("filter", json)
                .queryParam("filter-lang", "cql2-json").when().get(ITEMS).then().statusCode(200)
                .extract().<List<String>>path("features.id")));
    }

    @Test
    void aFilterMixesWithTheOtherParametersAndIsCounted() {
        dataManager().queryParam("filter", "name LIKE '" + name + "%'").queryParam("classification", "CHA")
                .queryParam("limit", 1).when().get(ITEMS).then().statusCode(200)
                .body("numberMatched", equalTo(2))
                .body("numberReturned", equalTo(1))
                .body("links.find { it.rel == 'next' }.href", containsString("filter="));
    }

    @Test
    void anInvalidFilterIsA400NamingWhereItWentWrong() {
        String before = Database.hazardAreaFingerprint(dataSource);
        Map<String, String> bad = Map.of(
                "classification = ", "position",
                "colour = 'red'", "colour",
                "version = 'three'", "version",
                "dateOfInformation > DATE('2025-13-45')", "Invalid date at position",
                "T_AFTER(updatedAt, TIMESTAMP('2025-01-01T00:00:00Z'))", "not supported",
                "S_INTERSECTS(geometry, POLYGON((1 1, 2 2)))", "position",
                "name = 'x'; DROP TABLE hazard_area", "position");
        bad.forEach((filter, named) -> dataManager().queryParam("filter", filter).when().get(ITEMS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(named)));
        dataManager().queryParam("filter", "{\"op\": \"=\", \"args\": [{\"property\": \"colour\"}, 1]}")
                .queryParam("filter-lang", "cql2-json").when().get(ITEMS).then().statusCode(400)
                .body("detail", containsString("args[0]"));
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    private Set<String> matching(String filter) {
        return Set.copyOf(dataManager().queryParam("filter", filter).when().get(ITEMS).then().statusCode(200)
                .extract().<List<String>>path("features.id"));
    }

    private static Map<String, Object> confirmed(String name, double west) {
        Map<String, Object> feature = hazard(name, square(west, -40.0, 0.1));
        properties(feature).put("classification", "CHA");
        properties(feature).put("contaminationTypes", List.of("AP_MINE"));
        return feature;
    }
}
