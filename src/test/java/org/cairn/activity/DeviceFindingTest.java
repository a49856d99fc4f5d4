package org.cairn.activity;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.device;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeviceFindingTest {

    private static final String PMN_2 = "00000000-0000-4000-8000-000000000102";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void devicesAddUpByCategoryOnTheActivityAndTheHazard() {
        String hazard = Records.hazardArea(hazard(uniqueName("devices"), square(120.0, 30.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        Map<String, Object> mines = device(120.002, 30.002, null, 3);
        properties(mines).remove("category");
        properties(mines).put("ordnanceTypeId", PMN_2);
        properties(mines).put("disposalMethod", "DESTROYED_IN_SITU");
        properties(mines).put("disposalDate", "2026-11-23");

        String id = record(activity, mines)
                .body("properties.category", equalTo("AP_MINE"))
                .body("properties.model", equalTo("PMN-2"))
                .body("properties.hazardAreaId", equalTo(hazard))
                .body("properties.reportingOrganisationId", equalTo(Organisations.ALPHA))
                .extract().path("id");
        record(activity, device(120.004, 30.004, "AP_MINE", 2));
        record(activity, device(120.006, 30.006, "UXO", 1));

        dataManager().when().get("/api/v1/activities/" + activity)
                .then().body("properties.devicesFound", equalTo(Map.of("AP_MINE", 5, "UXO", 1)));
        dataManager().when().get("/api/v1/hazard-areas/" + hazard)
                .then().body("properties.devicesFound", equalTo(Map.of("AP_MINE", 5, "UXO", 1)));
        dataManager().when().get("/api/v1/activities/" + activity + "/devices")
                .then().statusCode(200).contentType("application/geo+json").body("numberReturned", equalTo(3));
        dataManager().when().get("/api/v1/hazard-areas/" + hazard + "/devices?category=UXO")
                .then().statusCode(200).body("numberReturned", equalTo(1));

        dataManager().when().delete("/api/v1/device-findings/" + id).then().statusCode(204);
        dataManager().when().get("/api/v1/hazard-areas/" + hazard)
                .then().body("properties.devicesFound", equalTo(Map.of("AP_MINE", 2, "UXO", 1)));
    }

    @Test
    void aDeviceFoundInASuspectedAreaConfirmsIt() {
        String hazard = Records.hazardArea(hazard(uniqueName("confirm"), square(120.1, 30.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("ts"), "TS", Organisations.ALPHA, hazard));

        record(activity, device(120.105, 30.005, "AP_MINE", 1)).body("warnings.code", hasItem("HAZARD_CONFIRMED"));

        dataManager().when().get("/api/v1/hazard-areas/" + hazard)
                .then().body("properties.classification", equalTo("CHA"))
                .body("properties.evidence", equalTo("DIRECT"))
                .body("properties.directEvidence", contains("VISUAL_OBSERVATION"));
        record(activity, device(120.106, 30.006, "AP_MINE", 1)).body("warnings", empty());
    }

    @Test
    void aDeviceFarOutsideTheActivitysHazardsIsFlagged() {
        String near = Records.hazardArea(hazard(uniqueName("near"), square(120.2, 30.0, 0.01)));
        String far = Records.hazardArea(hazard(uniqueName("far"), square(120.3, 30.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "BAC", Organisations.BRAVO, near, far));

        record(activity, device(120.2112, 30.005, "UXO", 1))
                .body("properties.hazardAreaId", equalTo(near))
                .body("warnings.code", hasItem("OUTSIDE_HAZARD"))
                .body("warnings.detail", hasItem(containsString("m outside")));
        record(activity, device(120.2103, 30.005, "UXO", 1)).body("warnings.code", not(
                hasItem("OUTSIDE_HAZARD")));
    }

    @Test
    void aDeviceFoundOnAHazardNamesWhoReportsIt() {
        String hazard = Records.hazardArea(hazard(uniqueName("direct"), square(120.4, 30.0, 0.01)));

        dataManager().contentType("application/geo+json").body(device(120.401, 30.001, "AXO", 4))
                .when().post("/api/v1/hazard-areas/" + hazard + "/devices")
                .then().statusCode(422).body("errors.field", hasItem("properties.reportingOrganisationId"));
        Map<String, Object> reported = device(120.401, 30.001, "AXO", 4);
        properties(reported).put("reportingOrganisationId", Organisations.BRAVO);
        as("operator", Organisations.ALPHA).contentType("application/geo+json").body(reported)
                .when().post("/api/v1/hazard-areas/" + hazard + "/devices").then().statusCode(403);
        as("operator", Organisations.BRAVO).contentType("application/geo+json").body(reported)
                .when().post("/api/v1/hazard-areas/" + hazard + "/devices")
                .then().statusCode(201).body("properties.activityId", equalTo(null));
    }

    @Test
    void badFindingsAreRefusedAndNothingIsWritten() {
        String hazard = Records.hazardArea(hazard(uniqueName("bad"), square(120.5, 30.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        Map<String, Object> none = device(120.5, 30.0, "AP_MINE", 0);
        Map<String, Object> negative = device(120.5, 30.0, "AP_MINE", -2);
        Map<String, Object> unknownType = device(120.5, 30.0, "AP_MINE", 1);
        properties(unknownType).put("ordnanceTypeId", UUID.randomUUID().toString());
        Map<String, Object> mismatch = device(120.5, 30.0, "UXO", 1);
        properties(mismatch).put("ordnanceTypeId", PMN_2);
        Map<String, Object> noCategory = device(120.5, 30.0, null, 1);
        Map<String, Object> destroyedBeforeFound = device(120.5, 30.0, "UXO", 1);
        properties(destroyedBeforeFound).put("disposalDate", "2026-11-01");
        Map<String, Object> polygon = device(120.5, 30.0, "UXO", 1);
        polygon.put("geometry", square(120.5, 30.0, 0.001));
        Map<String, Object> unknownCategory = device(120.5, 30.0, "LANDMINE", 1);
        String before = fingerprint();

        Map<Map<String, Object>, String> cases = Map.of(
                none, "properties.quantity",
                negative, "properties.quantity",
                unknownType, "properties.ordnanceTypeId",
                mismatch, "properties.category",
                noCategory, "properties.category",
                destroyedBeforeFound, "properties.disposalDate",
                polygon, "geometry.type",
                unknownCategory, "properties.category");
        cases.forEach((body, field) -> dataManager().contentType("application/geo+json").body(body)
                .when().post("/api/v1/activities/" + activity + "/devices")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field)));

        assertEquals(before, fingerprint());
    }

    @Test
    void aFindingCanBeCorrected() {
        String hazard = Records.hazardArea(hazard(uniqueName("correct"), square(120.6, 30.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        String id = record(activity, device(120.601, 30.001, "UXO", 1)).extract().path("id");
        Map<String, Object> corrected = device(120.602, 30.002, "UXO", 2);
        properties(corrected).put("disposalMethod", "REMOVED_AND_DESTROYED");

        dataManager().contentType("application/geo+json").header("If-Match", "\"1\"").body(corrected)
                .when().put("/api/v1/device-findings/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("properties.quantity", equalTo(2))
                .body("properties.activityId", equalTo(activity))
                .body("properties.disposalMethod", equalTo("REMOVED_AND_DESTROYED"));
        dataManager().contentType("application/geo+json").header("If-Match", "\"1\"").body(corrected)
                .when().put("/api/v1/device-findings/" + id).then().statusCode(412);
    }

    @Test
    void everyDeviceChangeIsAChangeOfItsHazard() {
        Map<String, Object> confirmed = hazard(uniqueName("etag"), square(120.8, 30.0, 0.01));
        properties(confirmed).put("classification", "CHA");
        properties(confirmed).put("contaminationTypes", List.of("AP_MINE"));
        String hazard = Records.hazardArea(confirmed);
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        String etag = hazardEtag(hazard);

        String id = record(activity, device(120.801, 30.001, "AP_MINE", 1)).extract().path("id");
        String afterFinding = hazardEtag(hazard);
        dataManager().header("If-None-Match", etag).when().get("/api/v1/hazard-areas/" + hazard).then()
                .statusCode(200).body("properties.devicesFound.AP_MINE", equalTo(1));
        dataManager().contentType("application/geo+json").body(device(120.802, 30.002, "AP_MINE", 3))
                .when().put("/api/v1/device-findings/" + id).then().statusCode(200);
        String afterCorrection = hazardEtag(hazard);
        dataManager().when().delete("/api/v1/device-findings/" + id).then().statusCode(204);

        assertEquals(4, Set.of(etag, afterFinding, afterCorrection, hazardEtag(hazard)).size(),
                "each device write gives the hazard a new version");
    }

    private static String hazardEtag(String hazard) {
        return dataManager().when().get("/api/v1/hazard-areas/" + hazard).then().statusCode(200).extract()
                .header("ETag");
    }

    private static ValidatableResponse record(String activity, Map<String, Object> device) {
        return dataManager().contentType("application/geo+json").body(device)
                .when().post("/api/v1/activities/" + activity + "/devices")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/device-findings/"));
    }

    private String fingerprint() {
        return Database.single(dataSource,
                "SELECT (SELECT count(*) FROM device_finding) || '/' || (SELECT sum(version) FROM hazard_area)");
    }
}
