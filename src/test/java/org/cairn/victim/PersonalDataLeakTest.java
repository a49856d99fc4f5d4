package org.cairn.victim;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.device;
import static org.cairn.support.Features.eoreSession;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.release;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.surveyPoint;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/**
 * Plants a name and a phone number as a casualty's personal data, then reads every GET operation
 * of the API description as every role and searches each answer, and the service's log, for them.
 * Only the personal data endpoint itself may answer with them. No answer may be a server error,
 * which would hide what the endpoint would have said.
 */
@QuarkusTest
class PersonalDataLeakTest {

    private static final String NAME = "Zawadi Okonkwo-Lemaire";
    private static final String PHONE = "+000 999 4242 171";
    private static final String PERSONAL_DATA = "/api/v1/casualties/{casualtyId}/personal-data";
    private static final List<String> CALLERS = List.of("anonymous", "viewer", "field_surveyor", "operator",
            "data_manager", "victim_assistance", "partner", "admin", "quality_manager");
    private static final List<String> OGC_COLLECTIONS = List.of("hazard-areas", "land-release", "activities",
            "device-findings", "survey-points", "accidents", "eore-sessions", "eore-campaigns", "monitoring-visits",
            "post-clearance-inspections");
    private static final Pattern PARAMETER = Pattern.compile("/([a-z-]+)/\\{[A-Za-z]+}");

    @Test
    void plantedPersonalDataAppearsInNoOtherAnswerAndNoLogLine() throws IOException {
        Map<String, String> ids = plant();
        Map<String, Map<String, Object>> paths = anonymous().when().get("/q/openapi?format=json").then()
                .extract().path("paths");
        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int read = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getValue().containsKey("get") || path.getKey().equals(PERSONAL_DATA)) {
                continue;
            }
            for (String url : concrete(path.getKey(), ids)) {
                for (String caller : CALLERS) {
                    RequestSpecification request = caller.equals("anonymous") ? anonymous() : as(caller,
                            Organisations.AUTHORITY);
                    Response answer = request.when().get(url);
                    String body = answer.asString();
                    read++;
                    if (body.contains(NAME) || body.contains(PHONE)) {
                        leaks.add("GET " + url + " as " + caller);
                    }
                    if (answer.statusCode() >= 500) {
                        failures.add("GET " + url + " as " + caller + ": " + answer.statusCode());
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), "personal data in: " + leaks);
        assertTrue(failures.isEmpty(), "every answer must be read in full: " + failures);
        assertTrue(read > 100, "too few answers read: " + read);
        as("victim_assistance").when().get(PERSONAL_DATA.replace("{casualtyId}", ids.get("casualties")))
                .then().statusCode(200);

        String log = Files.readString(Path.of("target", "quarkus-test.log"), StandardCharsets.UTF_8);
        assertFalse(log.contains(NAME) || log.contains(PHONE), "personal data in the log");
    }

    /** One record of every kind, linked together, and the personal data of its casualty. */
    private static Map<String, String> plant() {
        Map<String, String> ids = new HashMap<>();
        Map<String, Object> area = hazard("Leak test area", square(170.0, 70.0, 0.01));
        properties(area).put("reportingOrganisationId", Organisations.AUTHORITY);
        properties(area).put("surveyPoints", List.of(surveyPoint("BENCHMARK", 170.001, 70.001)));
        String hazard = Records.hazardArea(area);
        ids.put("survey-points", as("data_manager").when().get("/api/v1/hazard-areas/" + hazard).then()
                .statusCode(200).extract().path("properties.surveyPoints[0].id"));
        String activity = Records.activity(activity("Leak test task", "CLEARANCE", Organisations.AUTHORITY, hazard));
        ids.put("hazard-areas", hazard);
        ids.put("activities", activity);
        ids.put("land-release", Records.release(activity, release(hazard, "CLEARED", square(170.0, 70.0, 0.002))));
        ids.put("device-findings", as("data_manager").contentType("application/geo+json")
                .body(device(170.005, 70.005, "AP_MINE", 1)).when().post("/api/v1/activities/" + activity + "/devices")
                .then().statusCode(201).extract().path("id"));
        Map<String, Object> accident = accident("MINE", 170.005, 70.005);
        properties(accident).put("hazardAreaId", hazard);
        properties(accident).put("cause", "Herding");
        String accidentId = Records.accident(accident);
        ids.put("accidents", accidentId);
        String casualty = Records.casualty(casualty(accidentId, "INJURED", "FEMALE", 16));
        ids.put("casualties", casualty);
        as("victim_assistance").contentType("application/json").body(Map.of("name", NAME, "phone", PHONE,
                        "informant", Map.of("name", NAME, "phone", PHONE)))
                .when().put(PERSONAL_DATA.replace("{casualtyId}", casualty)).then().statusCode(201);
        ids.put("assistance", as("victim_assistance").contentType("application/json")
                .body(Map.of("type", "CONTINUING_MEDICAL", "status", "IN_PROGRESS"))
                .when().post("/api/v1/casualties/" + casualty + "/assistance").then().statusCode(201)
                .extract().path("id"));
        Map<String, Object> reportedCasualty = casualty(accidentId, "KILLED", "MALE", 52);
        byte[] certificate = "%PDF-1.7 handover certificate".getBytes(StandardCharsets.US_ASCII);
        String report = as("data_manager").contentType("application/json")
                .body(FieldReports.withAttachment(FieldReports.report(Organisations.AUTHORITY,
                        FieldReports.newRecord("CASUALTY", reportedCasualty)), "certificate.pdf", certificate))
                .when().post("/api/v1/field-reports").then().statusCode(201).extract().path("reportId");
        as("data_manager").contentType("application/pdf").body(certificate)
                .when().put("/api/v1/field-reports/" + report + "/attachments/certificate.pdf").then().statusCode(201);
        ids.put("field-reports", report);
        ids.put("attachments", "certificate.pdf");
        plantQualityAndRiskEducation(ids, hazard, activity);
        ids.put("organisations", Organisations.AUTHORITY);
        ids.put("field-forms", "cairn-accident");
        ids.put("forms", "cairn-device-finding");
        ids.put("media", "hazard-areas.csv");
        ids.put("admin-areas", "NOWHERE");
        ids.put("jobs", "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a02");
        ids.put("ordnance-types", "00000000-0000-4000-8000-000000000102");
        ids.put("api-keys", as("admin").contentType("application/json")
                .body(Map.of("name", "Leak test", "organisation", Organisations.AUTHORITY, "roles", List.of("partner")))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("id"));
        return ids;
    }

    /** A risk education session and campaign, a monitoring visit and an inspection beside the victims' records. */
    private static void plantQualityAndRiskEducation(Map<String, String> ids, String hazard, String activity) {
        Map<String, Object> session = eoreSession(170.004, 70.004, Organisations.AUTHORITY, 3, 2, 1, 4);
        properties(session).put("hazardAreaIds", List.of(hazard));
        ids.put("eore-sessions", Records.eoreSession(session));
        ids.put("eore-campaigns", as("admin").contentType("application/geo+json").body(Map.of("type", "Feature",
                "properties", Map.of("name", "Leak test spots", "media", List.of("RADIO"), "startDate", "2026-06-01",
                        "estimatedReach", 100, "reportingOrganisationId", Organisations.AUTHORITY,
                        "dateOfInformation", "2026-06-02"))).when().post("/api/v1/eore-campaigns").then()
                .statusCode(201).extract().path("id"));
        ids.put("monitoring-visits", as("admin").contentType("application/geo+json").body(Map.of("type", "Feature",
                "properties", Map.of("activityId", activity, "date", "2026-11-20", "inspector", "Leak test inspector",
                        "reportingOrganisationId", Organisations.AUTHORITY, "dateOfInformation", "2026-11-20")))
                .when().post("/api/v1/monitoring-visits").then().statusCode(201).extract().path("id"));
        ids.put("post-clearance-inspections", as("admin").contentType("application/geo+json").body(Map.of("type",
                "Feature", "properties", Map.of("landReleaseId", ids.get("land-release"), "date", "2026-11-25",
                        "inspector", "Leak test inspector", "sampledAreaM2", 100, "itemsFound", 0, "result", "PASS",
                        "reportingOrganisationId", Organisations.AUTHORITY, "dateOfInformation", "2026-11-25")))
                .when().post("/api/v1/post-clearance-inspections").then().statusCode(201).extract().path("id"));
    }

    /**
     * The path with each parameter replaced by the id of the planted record of the collection before
     * it; OGC API paths once for each collection, with the tile that holds the planted records.
     */
    private static List<String> concrete(String template, Map<String, String> ids) {
        if (template.equals("/api/v1/exports/{collection}")) {
            return OGC_COLLECTIONS.stream().flatMap(collection -> Stream.of("geojson", "csv", "kml", "gpkg")
                    .map(format -> "/api/v1/exports/" + collection + "?format=" + format)).toList();
        }
        if (template.startsWith("/ogc/collections/{collectionId}")) {
            return OGC_COLLECTIONS.stream().map(collection -> tile(template.replace("{collectionId}", collection)
                    .replace("{featureId}", ids.get(collection)))).toList();
        }
        Matcher parameter = PARAMETER.matcher(tile(template));
        StringBuilder url = new StringBuilder();
        while (parameter.find()) {
            String id = ids.get(parameter.group(1));
            assertTrue(id != null, "no planted " + parameter.group(1) + " for " + template);
            parameter.appendReplacement(url, "/" + parameter.group(1) + "/" + id);
        }
        parameter.appendTail(url);
        return List.of(url.toString());
    }

    /** The zoom 10 tile of the planted records, at 170.005 E 70.005 N. */
    private static String tile(String path) {
        return path.replace("{tileMatrixSetId}", "WebMercatorQuad").replace("{tileMatrix}", "10")
                .replace("{tileRow}", "229").replace("{tileCol}", "995");
    }
}
