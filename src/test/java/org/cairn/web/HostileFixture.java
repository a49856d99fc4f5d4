package org.cairn.web;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.device;
import static org.cairn.support.Features.eoreSession;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.polygon;
import static org.cairn.support.Features.release;
import static org.cairn.support.Features.ring;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.support.AdminAreas;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.Records;

/**
 * One record of every kind, so that each operation's path names something that exists and a
 * hostile value reaches past "not found" to the code that reads it.
 */
final class HostileFixture {

    private static final byte[] CERTIFICATE = "%PDF-1.7 hostile".getBytes(StandardCharsets.US_ASCII);

    /** The id a path of this collection names, by the path's first segments. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final String attachment = "certificate.pdf";

    HostileFixture() {
        String hazard = Records.hazardArea(hazard(uniqueName("Hostile"), square(168.0, 68.0, 0.02)));
        String activity = Records.activity(activity(uniqueName("Hostile"), "CLEARANCE", Organisations.ALPHA, hazard));
        String release = Records.release(activity, release(hazard, "CLEARED",
                polygon(ring(168.0, 68.0, 168.005, 68.005))));
        String device = dataManager().contentType("application/geo+json").body(device(168.01, 68.01, "AP_MINE", 1))
                .when().post("/api/v1/activities/" + activity + "/devices").then().statusCode(201).extract().path("id");
        String accident = Records.accident(accident("MINE", 168.1, 68.1));
        String casualty = Records.casualty(casualty(accident, "INJURED", "MALE", 30));
        String assistance = as("victim_assistance").contentType("application/json")
                .body(Map.of("type", "LEGAL", "status", "NEEDED")).when()
                .post("/api/v1/casualties/" + casualty + "/assistance").then().statusCode(201).extract().path("id");
        String report = as("data_manager").contentType("application/json")
                .body(FieldReports.withAttachment(FieldReports.report(Organisations.ALPHA, FieldReports.newRecord(
                        "HAZARD_AREA", hazard(uniqueName("Hostile report"), square(168.2, 68.2, 0.01)))), attachment,
                        CERTIFICATE))
                .when().post("/api/v1/field-reports").then().statusCode(201).extract().path("reportId");
        as("data_manager").contentType("application/pdf").body(CERTIFICATE).when()
                .put("/api/v1/field-reports/" + report + "/attachments/" + attachment).then().statusCode(201);
        String ordnance = dataManager().contentType("application/json").body(Map.of("category", "AP_MINE",
                "model", uniqueName("PMN"))).when().post("/api/v1/ordnance-types").then().statusCode(201).extract()
                .path("id");
        String key = as("admin").contentType("application/json").body(Map.of("name", "Hostile",
                "organisation", Organisations.ALPHA, "roles", List.of("partner"))).when().post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("id");
        String job = dataManager().contentType("application/geo+json")
                .body(AdminAreas.collection(AdminAreas.area(0, "ZH", "Hostilia", null,
                        AdminAreas.box(168.0, 68.0, 169.0, 69.0))))
                .when().post(AdminAreas.IMPORT + "?level=0").then().statusCode(202).extract().path("id");
        AdminAreas.finished(job);
        String session = Records.eoreSession(eoreSession(168.3, 68.3, Organisations.ALPHA, 1, 2, 3, 4));
        String campaign = as("admin").contentType("application/geo+json").body(Map.of("type", "Feature",
                "properties", Map.of("name", uniqueName("Hostile spots"), "media", List.of("RADIO"), "startDate",
                        "2026-06-01", "estimatedReach", 10, "reportingOrganisationId", Organisations.ALPHA,
                        "dateOfInformation", "2026-06-02"))).when().post("/api/v1/eore-campaigns").then()
                .statusCode(201).extract().path("id");
        String visit = as("admin").contentType("application/geo+json").body(Map.of("type", "Feature",
                "properties", Map.of("activityId", activity, "date", "2026-11-20", "inspector", "Hostile inspector",
                        "reportingOrganisationId", Organisations.AUTHORITY, "dateOfInformation", "2026-11-20")))
                .when().post("/api/v1/monitoring-visits").then().statusCode(201).extract().path("id");
        String inspection = as("admin").contentType("application/geo+json").body(Map.of("type", "Feature",
                "properties", Map.of("landReleaseId", release, "date", "2026-11-25", "inspector", "Hostile inspector",
                        "sampledAreaM2", 100, "itemsFound", 0, "result", "PASS", "reportingOrganisationId",
                        Organisations.AUTHORITY, "dateOfInformation", "2026-11-25")))
                .when().post("/api/v1/post-clearance-inspections").then().statusCode(201).extract().path("id");
        ids.put("/api/v1/eore-sessions", session);
        ids.put("/api/v1/eore-campaigns", campaign);
        ids.put("/api/v1/monitoring-visits", visit);
        ids.put("/api/v1/post-clearance-inspections", inspection);
        ids.put("/api/v1/hazard-areas", hazard);
        ids.put("/api/v1/activities", activity);
        ids.put("/api/v1/land-release", release);
        ids.put("/api/v1/device-findings", device);
        ids.put("/api/v1/accidents", accident);
        ids.put("/api/v1/casualties", casualty);
        ids.put("/api/v1/assistance", assistance);
        ids.put("/api/v1/field-reports", report);
        ids.put("/api/v1/ordnance-types", ordnance);
        ids.put("/api/v1/organisations", Organisations.BRAVO);
        ids.put("/api/v1/api-keys", key);
        ids.put("/api/v1/jobs", job);
        ids.put("/ogc/collections/hazard-areas/items", hazard);
    }

    /** A value that exists for a path parameter of this path. */
    String pathValue(String path, String parameter) {
        return switch (parameter) {
            case "pcode" -> "ZH";
            case "collection", "collectionId" -> "hazard-areas";
            case "name" -> attachment;
            case "tileMatrixSetId" -> "WebMercatorQuad";
            case "tileMatrix" -> "6";
            case "tileRow", "tileCol" -> "10";
            case "accidentId" -> ids.get("/api/v1/accidents");
            case "activityId" -> ids.get("/api/v1/activities");
            case "casualtyId" -> ids.get("/api/v1/casualties");
            case "hazardAreaId" -> ids.get("/api/v1/hazard-areas");
            case "featureId" -> ids.get("/ogc/collections/hazard-areas/items");
            default -> ids.entrySet().stream().filter(entry -> path.startsWith(entry.getKey() + "/"))
                    .map(Map.Entry::getValue).findFirst().orElse("00000000-0000-4000-8000-000000000000");
        };
    }
}
