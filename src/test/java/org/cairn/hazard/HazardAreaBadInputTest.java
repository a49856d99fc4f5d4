package org.cairn.hazard;

import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.geometry;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.ring;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.surveyPoint;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cairn.support.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input, sent both as a new hazard area and as a replacement of an existing one:
 * a clear problem+json answer, and not a row written or changed.
 */
@QuarkusTest
class HazardAreaBadInputTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    record Case(String contentType, String body, int status, String type, String field, String detail) {
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("malformed JSON", raw("{\"type\": \"Feature\", \"geometry\": "), 400, "malformed-request", null,
                        "not well-formed JSON"),
                bad("empty body", raw(""), 400, "malformed-request", null, "empty"),
                bad("trailing content", raw(json(valid()) + " {}"), 400, "malformed-request", null, "well-formed"),
                bad("NaN literal", raw(json(valid()).replace("\"dateOfInformation\"", "\"estimatedAreaM2\":NaN,"
                        + "\"dateOfInformation\"")), 400, "malformed-request", null, "not well-formed"),
                bad("duplicate member", raw(json(valid()).replace("\"name\":", "\"name\":\"one\",\"name\":")),
                        400, "malformed-request", null, "named twice"),
                bad("unknown property", with(f -> properties(f).put("colour", "red")), 400, "malformed-request",
                        "properties.colour", "Unknown property"),
                bad("unknown top-level member", with(f -> f.put("style", "red")), 400, "malformed-request",
                        "style", "Unknown property"),
                bad("name of wrong type", with(f -> properties(f).put("name", 12)), 400, "malformed-request",
                        "properties.name", "wrong type"),
                bad("number as text", with(f -> properties(f).put("estimatedAreaM2", "1200")), 400,
                        "malformed-request", "properties.estimatedAreaM2", "wrong type"),
                bad("fraction where a count goes", with(f -> properties(f).put("beneficiaries",
                        Map.of("women", 1.5))), 400, "malformed-request", "properties.beneficiaries.women", "wrong type"),
                bad("unknown classification", with(f -> properties(f).put("classification", "CONFIRMED")), 422,
                        "invalid-content", "properties.classification", "unknown value; expected one of"),
                bad("enum by number", with(f -> properties(f).put("status", 0)), 400, "malformed-request",
                        "properties.status", "wrong type"),
                bad("unknown contamination type", with(f -> properties(f).put("contaminationTypes",
                        List.of("AP_MINE", "LANDMINE"))), 422, "invalid-content", "properties.contaminationTypes[1]",
                        "unknown value; expected one of"),
                bad("null in a list", with(f -> properties(f).put("blockages", Arrays.asList("ROADS", null))),
                        422, "invalid-content", "properties.blockages[1]", "must not be null"),
                bad("date that is no date", with(f -> properties(f).put("dateOfInformation", "2026-13-40")), 422,
                        "invalid-content", "properties.dateOfInformation", "date"),
                bad("missing name", with(f -> properties(f).remove("name")), 422, "invalid-content",
                        "properties.name", null),
                bad("blank name", with(f -> properties(f).put("name", "  ")), 422, "invalid-content",
                        "properties.name", null),
                bad("missing classification", with(f -> properties(f).remove("classification")), 422,
                        "invalid-content", "properties.classification", null),
                bad("missing date of information", with(f -> properties(f).remove("dateOfInformation")), 422,
                        "invalid-content", "properties.dateOfInformation", null),
                bad("missing properties", with(f -> f.remove("properties")), 422, "invalid-content", "properties",
                        null),
                bad("not a Feature", with(f -> f.put("type", "FeatureCollection")), 422, "invalid-content", "type",
                        null),
                bad("negative beneficiaries", with(f -> properties(f).put("beneficiaries", Map.of("girls", -3))), 422,
                        "invalid-content", "properties.beneficiaries.girls", null),
                bad("negative estimated area", with(f -> properties(f).put("estimatedAreaM2", -1)), 422,
                        "invalid-content", "properties.estimatedAreaM2", null),
                bad("missing geometry", with(f -> f.remove("geometry")), 422, "invalid-geometry", "geometry",
                        "required"),
                bad("point instead of polygon", with(f -> f.put("geometry", geometry("Point", List.of(1.0, 2.0)))),
                        422, "invalid-geometry", "geometry.type", "Polygon or MultiPolygon"),
                bad("ring not closed", with(f -> f.put("geometry", geometry("Polygon", List.of(List.of(
                        List.of(1.0, 1.0), List.of(2.0, 1.0), List.of(2.0, 2.0), List.of(1.0, 2.0)))))), 422,
                        "invalid-geometry", "geometry.coordinates[0]", "not closed"),
                bad("ring of three positions", with(f -> f.put("geometry", geometry("Polygon", List.of(List.of(
                        List.of(1.0, 1.0), List.of(2.0, 1.0), List.of(1.0, 1.0)))))), 422, "invalid-geometry",
                        "geometry.coordinates[0]", "at least 4 positions"),
                bad("two distinct vertices", with(f -> f.put("geometry", geometry("Polygon", List.of(List.of(
                        List.of(1.0, 1.0), List.of(2.0, 1.0), List.of(2.0, 1.0), List.of(1.0, 1.0)))))), 422,
                        "invalid-geometry", "geometry.coordinates[0]", "3 distinct vertices"),
                bad("longitude out of range", with(f -> f.put("geometry", square(179.5, 10.0, 1.0))), 422,
                        "invalid-geometry", "geometry.coordinates[0][1]", "longitude outside"),
                bad("latitude out of range", with(f -> f.put("geometry", square(10.0, -90.5, 1.0))), 422,
                        "invalid-geometry", "geometry.coordinates[0][0]", "latitude outside"),
                bad("coordinate as text", with(f -> f.put("geometry", geometry("Polygon", List.of(List.of(
                        List.of("1", 1.0), List.of(2.0, 1.0), List.of(2.0, 2.0), List.of("1", 1.0)))))), 422,
                        "invalid-geometry", "geometry.coordinates[0][0]", "finite numbers"),
                bad("infinite coordinate", raw(json(valid()).replace("[60.0,30.0]", "[1e400,30.0]")), 422,
                        "invalid-geometry", "geometry.coordinates[0][0]", "finite numbers"),
                bad("self-intersecting bow tie", with(f -> f.put("geometry", geometry("Polygon", List.of(List.of(
                        List.of(60.0, 30.0), List.of(60.1, 30.1), List.of(60.1, 30.0), List.of(60.0, 30.1),
                        List.of(60.0, 30.0)))))), 422, "invalid-geometry", "geometry",
                        "Self-intersection at or near point 60.05 30.05"),
                bad("hole outside its shell", with(f -> f.put("geometry", geometry("Polygon", List.of(
                        ring(60.0, 30.0, 60.1, 30.1), ring(61.0, 31.0, 61.1, 31.1))))), 422, "invalid-geometry",
                        "geometry", "Hole lies outside shell"),
                bad("faulty part of a multipolygon", with(f -> f.put("geometry", geometry("MultiPolygon", List.of(
                        List.of(ring(60.0, 30.0, 60.1, 30.1)),
                        List.of(List.of(List.of(61.0, 31.0), List.of(61.1, 31.1), List.of(61.1, 31.0),
                                List.of(61.0, 31.1), List.of(61.0, 31.0))))))), 422, "invalid-geometry",
                        "geometry.coordinates[1]", "Self-intersection"),
                bad("geometry in another reference system", with(f -> f.put("geometry", Map.of("type", "Polygon",
                        "crs", Map.of("type", "name", "properties", Map.of("name", "EPSG:32636")),
                        "coordinates", List.of(ring(500000, 1000000, 500100, 1000100))))), 422, "invalid-geometry",
                        "geometry.crs", "WGS 84"),
                bad("survey point that is a polygon", with(f -> properties(f).put("surveyPoints", List.of(Map.of(
                        "type", "BENCHMARK", "geometry", square(60.0, 30.0, 0.001))))), 422, "invalid-content",
                        "properties.surveyPoints[0].geometry.type", "must be Point"),
                bad("survey point without type", with(f -> properties(f).put("surveyPoints", List.of(Map.of(
                        "geometry", geometry("Point", List.of(60.0, 30.0)))))), 422, "invalid-content",
                        "properties.surveyPoints[0].type", null),
                bad("survey points sharing a sequence", with(f -> {
                    Map<String, Object> a = surveyPoint("START_POINT", 60.0, 30.0);
                    a.put("sequence", 2);
                    Map<String, Object> b = surveyPoint("END_POINT", 60.01, 30.0);
                    b.put("sequence", 2);
                    properties(f).put("surveyPoints", List.of(a, b));
                }), 422, "invalid-content", "properties.surveyPoints[1].sequence", "used by another point"),
                bad("bearing of 360 degrees", with(f -> {
                    Map<String, Object> a = surveyPoint("TURNING_POINT", 60.0, 30.0);
                    a.put("bearingDeg", 360);
                    properties(f).put("surveyPoints", List.of(a));
                }), 422, "invalid-content", "properties.surveyPoints[0].bearingDeg", null),
                bad("wrong media type", new Case("text/plain", json(valid()), 415, "unsupported-media-type", null,
                        null)));
    }

    @ParameterizedTest(name = "POST with {0}")
    @MethodSource("badInputs")
    void creationIsRefusedAndNothingIsWritten(String name, Case bad) {
        String before = Database.hazardAreaFingerprint(dataSource);

        expect(dataManager().contentType(bad.contentType()).body(bad.body()).when().post(HAZARD_AREAS).then(), bad);

        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    @ParameterizedTest(name = "PUT with {0}")
    @MethodSource("badInputs")
    void replacementIsRefusedAndNothingChanges(String name, Case bad) {
        String id = dataManager().contentType("application/geo+json").body(valid()).when().post(HAZARD_AREAS)
                .then().statusCode(201).extract().path("id");
        String before = Database.hazardAreaFingerprint(dataSource);

        expect(dataManager().contentType(bad.contentType()).body(bad.body()).when().put(HAZARD_AREAS + "/" + id).then(), bad);

        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    @ParameterizedTest(name = "{0} bytes declared")
    @MethodSource("oversizedBodies")
    void bodiesOverTheLimitAreRefused(String how, boolean chunked) {
        String before = Database.hazardAreaFingerprint(dataSource);
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        RequestSpecification request = dataManager().contentType("application/geo+json");
        // A stream of unknown length goes out chunked, without a Content-Length to check up front.
        request = chunked ? request.body(new ByteArrayInputStream(body)) : request.body(body);

        request.when().post(HAZARD_AREAS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:payload-too-large"))
                .body("maxBodySize", equalTo(10 * 1024 * 1024));

        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    static Stream<Arguments> oversizedBodies() {
        return Stream.of(Arguments.of("Content-Length", false), Arguments.of("no length (chunked)", true));
    }

    private static void expect(ValidatableResponse response, Case bad) {
        response.statusCode(bad.status())
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:" + bad.type()))
                .body("status", equalTo(bad.status()))
                .body("title", notNullValue())
                .body("instance", containsString(HAZARD_AREAS));
        if (bad.field() != null) {
            response.body("errors.field", hasItem(bad.field()));
        }
        if (bad.detail() != null) {
            response.body("detail", containsString(bad.detail()));
        }
    }

    private static Map<String, Object> valid() {
        return hazard("Refused hazard", square(60.0, 30.0, 0.01));
    }

    private static Arguments bad(String name, String body, int status, String type, String field, String detail) {
        return Arguments.of(name, new Case("application/geo+json", body, status, type, field, detail));
    }

    private static Arguments bad(String name, Case bad) {
        return Arguments.of(name, bad);
    }

    private static String with(Consumer<Map<String, Object>> spoil) {
        Map<String, Object> feature = valid();
        spoil.accept(feature);
        return json(feature);
    }

    private static String raw(String body) {
        return body;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
