package org.cairn.web;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.FieldReports;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.junit.jupiter.api.Test;

/**
 * Failures that arise before Cairn's own code runs still answer in problem+json; every refusal
 * names the field and the rule, never the value sent nor a Java type.
 */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void methodNotAllowedNamesTheAllowedMethods() {
        dataManager().contentType("application/geo+json").body("{}")
                .when().post("/api/v1/hazard-areas/" + UUID.randomUUID())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .body("type", equalTo("urn:cairn:problem:method-not-allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void unacceptableMediaTypeIsRefused() {
        dataManager().accept("text/html").when().get("/api/v1/hazard-areas")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:not-acceptable"));
    }

    @Test
    void unknownApiPathIsNotFound() {
        dataManager().when().get("/api/v1/no-such-collection")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:not-found"))
                .body("instance", equalTo("/api/v1/no-such-collection"));
    }

    @Test
    void mergePatchMustBeSentAsMergePatch() {
        dataManager().contentType("application/xml").body("<patch/>")
                .when().patch("/api/v1/hazard-areas/" + UUID.randomUUID())
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:unsupported-media-type"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void refusalsNameTheFieldAndTheRuleNotTheValueNorAJavaType() {
        String marker = "Zq9Marker";
        List<String> answers = List.of(
                dataManager().contentType("application/geo+json").body(Map.of("type", "Feature",
                        "properties", Map.of("classification", marker))).when().post("/api/v1/hazard-areas")
                        .then().statusCode(422).body("errors.field", hasItem("properties.classification"))
                        .extract().asString(),
                dataManager().contentType("application/geo+json").body(Map.of("type", "Feature",
                        "properties", Map.of("estimatedAreaM2", marker))).when().post("/api/v1/hazard-areas")
                        .then().statusCode(400).body("errors[0].reason", equalTo("wrong type: expected a number"))
                        .extract().asString(),
                dataManager().contentType("application/geo+json").body("{\"type\": \"Feature\", \"" + marker
                        + "\u0000\": 1}").when().post("/api/v1/hazard-areas").then().statusCode(400).extract()
                        .asString(),
                dataManager().contentType("application/geo+json").body("{\"type\": " + marker).when()
                        .post("/api/v1/hazard-areas").then().statusCode(400).extract().asString(),
                dataManager().when().get("/api/v1/hazard-areas?classification=" + marker).then().statusCode(400)
                        .body("detail", containsString("classification")).extract().asString(),
                dataManager().when().get("/api/v1/hazard-areas?bbox=1,2," + marker + ",4").then().statusCode(400)
                        .extract().asString(),
                dataManager().when().get("/ogc/collections/hazard-areas/items?filter=name = '" + marker + "' AND")
                        .then().statusCode(400).extract().asString(),
                dataManager().when().get("/ogc/collections/hazard-areas/items?filter-lang=" + marker
                        + "&filter=name='x'").then().statusCode(400).extract().asString(),
                dataManager().when().get("/api/v1/hazard-areas?limit=" + marker).then().statusCode(400).extract()
                        .asString());
        for (String answer : answers) {
            assertFalse(answer.contains(marker), answer);
            assertFalse(answer.matches("(?s).*\\b(java|javax|jakarta|com\\.fasterxml|org\\.cairn)\\.[a-z].*"), answer);
        }
    }

    /**
     * A field report item about a casualty keeps its content and its refusal; who may not read the
     * content reads which fields were refused, not why (a reason may quote or place what is withheld).
     */
    @Test
    void aRefusalOfSensitiveContentIsReadWithoutItsReasons() {
        Map<String, Object> casualty = new LinkedHashMap<>(Features.casualty(UUID.randomUUID().toString(), "INJURED",
                "MALE", 30));
        casualty.put("injuries", "Zq9Marker of the wound");
        casualty.put("sex", "Zq9Marker");
        Map<String, Object> report = FieldReports.report(Organisations.AUTHORITY,
                FieldReports.newRecord("CASUALTY", casualty));
        dataManager().contentType("application/json").body(report).when().post("/api/v1/field-reports").then()
                .statusCode(201).body("items[0].outcome", equalTo("INVALID"));

        String shown = dataManager().when().get("/api/v1/field-reports/" + report.get("reportId")).then()
                .statusCode(200).body("items[0].problem.errors.field", hasItem("sex"))
                .body("items[0].problem.errors[0].reason", nullValue()).extract().asString();
        assertFalse(shown.contains("Zq9Marker"), shown);
        as("admin").when().get("/api/v1/field-reports/" + report.get("reportId")).then()
                .statusCode(200).body("items[0].problem.errors[0].reason", notNullValue());
    }
}
