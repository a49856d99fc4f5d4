package org.cairn.web;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.cairn.support.Database;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Input that used to break a request (a 500) or that was quietly changed: each is now a
 * problem+json refusal that names the field and the rule, and the database is left as it was.
 */
@QuarkusTest
class HostileInputTest {

    private static final String HAZARDS = "/api/v1/hazard-areas";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL server;

    @Test
    void aNulOrAnotherControlCharacterOrHalfASurrogateIsRefusedWherever() {
        String before = Database.hazardAreaFingerprint(dataSource);
        for (String text : List.of("Before\u0000after", "Bell\u0007", "Half \ud800 pair")) {
            refusedHazard(hazard -> properties(hazard).put("name", text), 422, "properties.name");
            refusedHazard(hazard -> properties(hazard).put("description", text), 422, "properties.description");
        }
        dataManager().contentType("application/geo+json").body("{\"type\": \"Feature\", \"na\\u0000me\": 1}").when()
                .post(HAZARDS).then().statusCode(422).contentType("application/problem+json");
        for (String list : List.of(HAZARDS, "/api/v1/exports/hazard-areas", "/ogc/collections/hazard-areas/items",
                "/api/v1/statistics/land-release")) {
            dataManager().urlEncodingEnabled(false).when().get(list + "?q=a%00b&groupBy=%00").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("control character"));
        }
        dataManager().urlEncodingEnabled(false).when().get(HAZARDS + "/ab%00cd").then().statusCode(400)
                .contentType("application/problem+json");
        String accident = Records.accident(accident("MINE", 164.0, 64.0));
        Map<String, Object> wounded = casualty(accident, "INJURED", "MALE", 30);
        wounded.put("injuries", "Burns\u0000");
        as("victim_assistance").contentType("application/json").body(wounded).when().post("/api/v1/casualties")
                .then().statusCode(422).body("errors.field", hasItem("injuries"));
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    @Test
    void aNullBodyIsRefusedAndANullReportFailsAloneInABatch() {
        dataManager().contentType("application/geo+json").body("null").when().post(HAZARDS).then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> batch = new LinkedHashMap<>();
        Map<String, Object> report = FieldReports.report(Organisations.ALPHA, FieldReports.newRecord("HAZARD_AREA",
                hazard(uniqueName("Batched"), square(167.0, 67.0, 0.01))));
        batch.put("reports", Arrays.asList(null, report));
        dataManager().contentType("application/json").body(batch).when().post("/api/v1/field-reports:batch")
                .then().statusCode(200)
                .body("results[0].status", equalTo(400))
                .body("results[1].status", equalTo(201));
    }

    @Test
    void datesAreTextOfFourDigitYearsWithinTheDomainsSpan() {
        String before = Database.hazardAreaFingerprint(dataSource);
        refusedHazard(hazard -> properties(hazard).put("dateOfInformation", 20261101), 400,
                "properties.dateOfInformation");
        for (String date : List.of("-999999999-01-01", "+10000-01-01", "10000-01-01", "0000-01-01", "1899-12-31",
                "2026-02-30", "2026-1-5", "")) {
            refusedHazard(hazard -> properties(hazard).put("dateOfInformation", date), 422,
                    "properties.dateOfInformation");
        }
        String tomorrowEverywhere = LocalDate.now(ZoneOffset.ofHours(14)).plusDays(1).toString();
        refusedHazard(hazard -> properties(hazard).put("dateOfInformation", tomorrowEverywhere), 422,
                "properties.dateOfInformation");
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));

        Map<String, Object> early = accident("MINE", 164.5, 64.0);
        properties(early).put("dateOfInformation", "2026-10-01");
        as("victim_assistance").contentType("application/geo+json").body(early).when().post("/api/v1/accidents")
                .then().statusCode(422).body("errors.field", hasItem("properties.dateOfInformation"));
        Map<String, Object> person = Map.of("name", "Unborn", "dateOfBirth", tomorrowEverywhere);
        String casualty = Records.casualty(casualty(Records.accident(accident("MINE", 164.6, 64.0)), "INJURED",
                "MALE", 30));
        as("victim_assistance").contentType("application/json").body(person).when()
                .put("/api/v1/casualties/" + casualty + "/personal-data").then().statusCode(422)
                .body("errors.field", hasItem("dateOfBirth"));
        for (String query : List.of("/api/v1/statistics/land-release?from=%2B10000-01-01",
                "/api/v1/statistics/land-release?to=20261101", HAZARDS + "?updatedSince=99999-01-01T00:00:00Z",
                "/ogc/collections/hazard-areas/items?datetime=../..",
                "/ogc/collections/hazard-areas/items?datetime=1850-01-01")) {
            dataManager().urlEncodingEnabled(false).when().get(query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void anEmptyIdIsRefusedNotReplacedByANewOneOnEveryRetry() {
        String before = Database.hazardAreaFingerprint(dataSource);
        for (int retry = 0; retry < 2; retry++) {
            refusedHazard(hazard -> hazard.put("id", ""), 422, "id");
        }
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    @Test
    void aBodyInAnotherCharsetOrWithoutATypeIsRefused() throws IOException, InterruptedException {
        String before = Database.hazardAreaFingerprint(dataSource);
        String body = "{\"type\": \"Feature\"}";
        for (String type : List.of("application/json; charset=klingon", "application/json; charset=UTF-16",
                "application/geo+json; charset=ISO-8859-1")) {
            assertEquals(415, post(body, type).statusCode(), type);
        }
        assertEquals(422, post(body, "application/json; charset=utf-8").statusCode());
        HttpResponse<String> untyped = post(body, null);
        assertEquals(415, untyped.statusCode(), untyped.body());
        assertTrue(untyped.body().contains("Content-Type"), untyped.body());
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    /** A POST of a hazard area as sent, with this Content-Type or none at all. */
    private HttpResponse<String> post(String body, String type) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + HAZARDS.substring(1)))
                .header("Authorization", "Bearer " + Tokens.token("data_manager"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAcronymTakenIsAConflict() {
        String acronym = "AC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, Object> first = Map.of("name", uniqueName("First"), "acronym", acronym, "type", "NGO");
        String id = dataManager().contentType("application/json").body(first).when().post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> second = Map.of("name", uniqueName("Second"), "acronym", acronym, "type", "NGO");
        dataManager().contentType("application/json").body(second).when().post("/api/v1/organisations").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("acronym"));
        String other = dataManager().contentType("application/json")
                .body(Map.of("name", uniqueName("Third"), "type", "NGO")).when().post("/api/v1/organisations").then()
                .statusCode(201).extract().path("id");
        dataManager().contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("name", uniqueName("Third"), "acronym", acronym, "type", "NGO")).when()
                .put("/api/v1/organisations/" + other).then().statusCode(409);
        assertTrue(id != null);
    }

    /** The filter a QGIS user writes first. */
    @Test
    void cql2ComparesIdsAsIds() {
        String marker = uniqueName("Cql2 id");
        Map<String, Object> bravo = hazard(marker, square(165.0, 65.0, 0.01));
        properties(bravo).put("reportingOrganisationId", Organisations.BRAVO);
        String id = Records.hazardArea(bravo);
        String items = "/ogc/collections/hazard-areas/items?filter=";
        as("viewer").when().get(items + "reportingOrganisationId = '" + Organisations.BRAVO + "' AND name = '" + marker
                + "'").then().statusCode(200).body("features.id", equalTo(List.of(id)));
        as("viewer").when().get(items + "reportingOrganisationId IN ('" + Organisations.ALPHA + "', '"
                + Organisations.BRAVO + "') AND name = '" + marker + "'").then().statusCode(200)
                .body("numberReturned", equalTo(1));
        as("victim_assistance").when().get("/ogc/collections/accidents/items?filter=hazardAreaId = '" + id + "'")
                .then().statusCode(200);
        as("viewer").when().get(items + "reportingOrganisationId = 'Bravo'").then().statusCode(400)
                .body("detail", containsString("no id"));
        as("viewer").when().get(items + "reportingOrganisationId LIKE 'x%'").then().statusCode(400);
    }

    @Test
    void aFilterGeometryThatIsNoGeometryIsRefused() {
        as("viewer").when().get("/ogc/collections/hazard-areas/items?filter=S_INTERSECTS(geometry, "
                + "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0)))").then().statusCode(400)
                .body("detail", containsString("not valid: Self-intersection"));
    }

    @Test
    void aFeedCursorBeyondItsHeadIsRefused() {
        as("partner").when().get("/api/v1/changes?after=999999999999-1").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("beyond the feed's head"));
        String next = as("partner").when().get("/api/v1/changes?limit=1").then().statusCode(200).extract()
                .path("next");
        as("partner").when().get("/api/v1/changes?after=" + next).then().statusCode(200);
    }

    /** The HTTP layer's own limits answer in problem+json too. */
    @Test
    void sizeLimitsOfTheHttpLayerAnswerWithAProblem() throws IOException {
        assertProblem(raw("GET /api/v1/hazard-areas?q=" + "x".repeat(70_000) + " HTTP/1.1\r\nHost: cairn\r\n\r\n"),
                414);
        assertProblem(raw("GET /api/v1/hazard-areas HTTP/1.1\r\nHost: cairn\r\nX-Padding: " + "x".repeat(70_000)
                + "\r\n\r\n"), 431);
        assertProblem(raw("POST /api/v1/hazard-areas HTTP/1.1\r\nHost: cairn\r\nContent-Type: application/json\r\n"
                + "Content-Length: 99999999999\r\n\r\n"), 413);
    }

    private static void assertProblem(String answer, int status) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
    }

    /** Sends the bytes as they are and reads the whole answer, up to the connection's close. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void refusedHazard(Consumer<Map<String, Object>> spoil, int status, String field) {
        Map<String, Object> hazard = hazard(uniqueName("Hostile"), square(166.0, 66.0, 0.01));
        spoil.accept(hazard);
        dataManager().contentType("application/geo+json").body(hazard).when().post(HAZARDS).then()
                .statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
