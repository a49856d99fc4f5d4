package org.cairn.audit;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.surveyPoint;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Coordinates;
import org.cairn.support.Organisations;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HazardAreaHistoryTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";
    private static final String AUTHORITY = Organisations.AUTHORITY;

    @Test
    void twoPeoplesChangesAreNamedWithTheirDiffs() {
        Map<String, Object> feature = hazard(uniqueName("history"), square(90.0, 50.0, 0.01));
        String id = as("data_manager", AUTHORITY).contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");
        as("admin", Organisations.BRAVO).contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("status", "SUSPENDED", "statusChangeReason", "Flooding"),
                        "geometry", square(90.0, 50.0, 0.02)))
                .when().patch(HAZARD_AREAS + "/" + id).then().statusCode(200);
        as("data_manager", AUTHORITY).contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("name", "Renamed")))
                .when().patch(HAZARD_AREAS + "/" + id).then().statusCode(200);

        JsonPath history = as("viewer").when().get(HAZARD_AREAS + "/" + id + "/history")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertEquals(id, history.getString("id"));
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE"), history.getList("versions.operation"));
        assertEquals(List.of(1, 2, 3), history.getList("versions.version"));
        assertEquals(List.of("user-data_manager", "user-admin", "user-data_manager"),
                history.getList("versions.changedBy.subject"));
        assertEquals(List.of(AUTHORITY, Organisations.BRAVO, AUTHORITY),
                history.getList("versions.changedBy.organisation"));
        assertEquals("cairn-tests", history.getString("versions[1].changedBy.client"));

        assertNull(change(history, 0, "name").get("old"));
        assertEquals(properties(feature).get("name"), change(history, 0, "name").get("new"));
        assertEquals("SHA", change(history, 0, "classification").get("new"));

        List<Map<String, Object>> second = history.getList("versions[1].changes");
        assertEquals(List.of("status", "statusChangeReason", "statusChangedAt"),
                second.stream().map(c -> (String) c.get("field")).sorted().toList());
        assertEquals("OPEN", change(history, 1, "status").get("old"));
        assertEquals("SUSPENDED", change(history, 1, "status").get("new"));
        assertEquals("Flooding", change(history, 1, "statusChangeReason").get("new"));
        assertTrue(history.getBoolean("versions[1].geometryChanged"));
        assertEquals(Coordinates.asDoubles(List.of(square(90.0, 50.0, 0.02).get("coordinates"))),
                Coordinates.asDoubles(history.getList("versions[1].geometry.coordinates")));
        assertEquals(Coordinates.asDoubles(List.of(square(90.0, 50.0, 0.01).get("coordinates"))),
                Coordinates.asDoubles(history.getList("versions[0].geometry.coordinates")));

        assertEquals(List.of("name"), history.getList("versions[2].changes.field"));
        assertEquals("Renamed", change(history, 2, "name").get("new"));
        assertFalse(history.getBoolean("versions[2].geometryChanged"));
    }

    @Test
    void deletedHazardsKeepTheirHistory() {
        String id = as("data_manager").contentType("application/geo+json")
                .body(hazard(uniqueName("deleted-history"), square(90.2, 50.0, 0.01)))
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");
        as("admin").when().delete(HAZARD_AREAS + "/" + id).then().statusCode(204);

        as("viewer").when().get(HAZARD_AREAS + "/" + id + "/history")
                .then().statusCode(200)
                .body("versions.operation", contains("CREATE", "DELETE"))
                .body("versions[1].changedBy.subject", equalTo("user-admin"))
                .body("versions[1].geometry.type", equalTo("MultiPolygon"));
    }

    @Test
    void surveyPointChangesAppearInTheHazardsHistory() {
        Map<String, Object> feature = hazard(uniqueName("points-history"), square(90.4, 50.0, 0.01));
        properties(feature).put("surveyPoints", List.of(surveyPoint("BENCHMARK", 90.399, 49.999)));
        String id = as("data_manager").contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");
        as("data_manager").contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("surveyPoints", List.of(surveyPoint("BENCHMARK", 90.399, 49.999),
                        surveyPoint("START_POINT", 90.4, 50.0)))))
                .when().patch(HAZARD_AREAS + "/" + id).then().statusCode(200);

        JsonPath history = as("viewer").when().get(HAZARD_AREAS + "/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> points = change(history, 1, "surveyPoints");
        assertEquals(1, ((List<?>) points.get("old")).size());
        assertEquals(List.of("BENCHMARK", "START_POINT"),
                ((List<?>) points.get("new")).stream().map(p -> ((Map<?, ?>) p).get("type")).toList());
    }

    @Test
    void restrictedValuesAreWithheldFromTheHistoryToo() {
        Map<String, Object> feature = hazard(uniqueName("withheld"), square(90.6, 50.0, 0.01));
        properties(feature).put("landowner", "Family Deng");
        String id = as("data_manager").contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");

        as("viewer").when().get(HAZARD_AREAS + "/" + id + "/history")
                .then().statusCode(200)
                .body("versions[0].changes.find { it.field == 'landowner' }.withheld", equalTo(true))
                .body("versions[0].changes.find { it.field == 'landowner' }.new", nullValue());
        String body = as("viewer").when().get(HAZARD_AREAS + "/" + id + "/history").then().extract().asString();
        assertFalse(body.contains("Family Deng"), body);
        as("data_manager").when().get(HAZARD_AREAS + "/" + id + "/history")
                .then().statusCode(200)
                .body("versions[0].changes.find { it.field == 'landowner' }.new", equalTo("Family Deng"));
    }

    @Test
    void unknownItemsHaveNoHistory() {
        as("viewer").when().get(HAZARD_AREAS + "/" + UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(JsonPath history, int version, String field) {
        List<Map<String, Object>> changes = history.getList("versions[" + version + "].changes");
        return changes.stream().filter(c -> field.equals(c.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in version " + version));
    }
}
