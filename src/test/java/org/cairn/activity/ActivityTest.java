package org.cairn.activity;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.release;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.surveyPoint;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityTest {

    private static final String ACTIVITIES = "/api/v1/activities";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anActivityIsAFeatureWithEverythingItWasGiven() {
        String first = Records.hazardArea(hazard(uniqueName("act"), square(110.0, 20.0, 0.01)));
        String second = Records.hazardArea(hazard(uniqueName("act"), square(110.02, 20.0, 0.01)));
        Map<String, Object> feature = activity(uniqueName("full"), "CLEARANCE", Organisations.ALPHA, first, second);
        feature.put("geometry", square(110.0, 20.0, 0.03));
        Map<String, Object> in = properties(feature);
        in.put("team", "Manual team 3");
        in.put("startDate", "2026-11-01");
        in.put("endDate", "2026-12-15");
        in.put("methods", List.of("MANUAL", "MECHANICAL"));
        in.put("assets", List.of("MV-4 flail"));
        in.put("donors", List.of("ECHO", "Norway"));
        in.put("handover", Map.of("date", "2026-12-20", "women", 6, "men", 9, "girls", 2, "boys", 3));
        in.put("surveyPoints", List.of(surveyPoint("START_POINT", 110.0, 20.0), surveyPoint("END_POINT", 110.01, 20.0)));

        String id = dataManager().contentType("application/geo+json").body(feature).when().post(ACTIVITIES)
                .then().statusCode(201)
                .contentType("application/geo+json")
                .header("ETag", "\"1\"")
                .body("properties.localId", matchesPattern("ACT-\\d{6,}"))
                .extract().path("id");

        dataManager().when().get(ACTIVITIES + "/" + id)
                .then().statusCode(200)
                .body("geometry.type", equalTo("MultiPolygon"))
                .body("properties.type", equalTo("CLEARANCE"))
                .body("properties.status", equalTo("IN_PROGRESS"))
                .body("properties.implementingOrganisationId", equalTo(Organisations.ALPHA))
                .body("properties.implementingOrganisationName", equalTo("Alpha Demining"))
                .body("properties.team", equalTo("Manual team 3"))
                .body("properties.startDate", equalTo("2026-11-01"))
                .body("properties.endDate", equalTo("2026-12-15"))
                .body("properties.clearanceDepthCm", equalTo(13))
                .body("properties.methods", contains("MANUAL", "MECHANICAL"))
                .body("properties.assets", contains("MV-4 flail"))
                .body("properties.donors", contains("ECHO", "Norway"))
                .body("properties.hazardAreaIds", containsInAnyOrder(first, second))
                .body("properties.handover.date", equalTo("2026-12-20"))
                .body("properties.handover.boys", equalTo(3))
                .body("properties.surveyPoints.type", contains("START_POINT", "END_POINT"))
                .body("properties.areaM2", greaterThan(1_000_000.0))
                .body("properties.releasedAreaM2", equalTo(Map.of()))
                .body("properties.devicesFound", equalTo(Map.of()));
    }

    @Test
    void anActivityWithoutWorksiteHasANullGeometry() {
        String hazard = Records.hazardArea(hazard(uniqueName("no-site"), square(110.1, 20.0, 0.01)));
        String id = Records.activity(activity(uniqueName("survey"), "NTS", Organisations.ALPHA, hazard));

        dataManager().when().get(ACTIVITIES + "/" + id)
                .then().statusCode(200).body("geometry", nullValue()).body("properties.handover", nullValue());
        dataManager().when().get(ACTIVITIES + "?hazardAreaId=" + hazard)
                .then().statusCode(200).body("features.id", contains(id));
    }

    @Test
    void statusMovesFollowTheLifeOfAnActivity() {
        String hazard = Records.hazardArea(hazard(uniqueName("status"), square(110.2, 20.0, 0.01)));
        Map<String, Object> planned = activity(uniqueName("life"), "TS", Organisations.ALPHA, hazard);
        properties(planned).put("status", "PLANNED");
        String id = Records.activity(planned);

        move(id, "COMPLETED", 409).body("allowedStatuses", containsInAnyOrder("IN_PROGRESS", "CANCELLED"))
                .body("detail", containsString("IN_PROGRESS, CANCELLED"));
        move(id, "SUSPENDED", 409);
        move(id, "IN_PROGRESS", 200);
        move(id, "PLANNED", 409);
        move(id, "SUSPENDED", 200);
        move(id, "IN_PROGRESS", 200);
        move(id, "SUSPENDED", 200);
        move(id, "COMPLETED", 200);
        move(id, "CANCELLED", 409).body("detail", containsString("no other status"));
        move(id, "IN_PROGRESS", 409);

        String other = Records.activity(planned);
        move(other, "CANCELLED", 200);
        move(other, "PLANNED", 409);
    }

    @Test
    void operatorsChangeOnlyTheirOwnOrganisationsActivities() {
        String hazard = Records.hazardArea(hazard(uniqueName("scope"), square(110.3, 20.0, 0.01)));
        Map<String, Object> alphas = activity(uniqueName("alpha"), "CLEARANCE", Organisations.ALPHA, hazard);

        as("operator", Organisations.BRAVO).contentType("application/geo+json").body(alphas)
                .when().post(ACTIVITIES).then().statusCode(403);
        String id = as("operator", Organisations.ALPHA).contentType("application/geo+json").body(alphas)
                .when().post(ACTIVITIES).then().statusCode(201).extract().path("id");

        as("operator", Organisations.BRAVO).contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("team", "Hijacked"))).when().patch(ACTIVITIES + "/" + id)
                .then().statusCode(403);
        as("operator", Organisations.ALPHA).contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("implementingOrganisationId", Organisations.BRAVO)))
                .when().patch(ACTIVITIES + "/" + id).then().statusCode(403);
        as("operator", Organisations.ALPHA).contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("team", "Team 4"))).when().patch(ACTIVITIES + "/" + id)
                .then().statusCode(200).body("properties.team", equalTo("Team 4"));
        as("operator", Organisations.BRAVO).when().get(ACTIVITIES + "/" + id).then().statusCode(200);
        as("field_surveyor", Organisations.BRAVO).when().get(ACTIVITIES + "/" + id).then().statusCode(404);
        as("field_surveyor", Organisations.ALPHA).when().get(ACTIVITIES + "/" + id).then().statusCode(200);
    }

    @Test
    void anUnaccreditedOrganisationIsFlaggedNotRefused() {
        String hazard = Records.hazardArea(hazard(uniqueName("accredited"), square(110.4, 20.0, 0.01)));

        dataManager().contentType("application/geo+json")
                .body(activity(uniqueName("bac"), "BAC", Organisations.ALPHA, hazard))
                .when().post(ACTIVITIES)
                .then().statusCode(201).body("warnings.code", contains("NOT_ACCREDITED"));
    }

    @Test
    void anActivityWithReleasedLandCannotBeDeleted() {
        String hazard = Records.hazardArea(hazard(uniqueName("delete"), square(110.5, 20.0, 0.01)));
        String id = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        String record = Records.release(id, release(hazard, "CLEARED", square(110.5, 20.0, 0.005)));

        dataManager().when().delete(ACTIVITIES + "/" + id).then().statusCode(409);
        dataManager().contentType("application/json").body(Map.of("reason", "test"))
                .when().post("/api/v1/land-release/" + record + "/void").then().statusCode(200);
        dataManager().when().delete(ACTIVITIES + "/" + id).then().statusCode(204);
        dataManager().when().get(ACTIVITIES + "/" + id).then().statusCode(404);
        dataManager().when().get(ACTIVITIES + "/" + id + "/history")
                .then().statusCode(200).body("versions.operation", hasItem("DELETE"));
    }

    @Test
    void badActivitiesAreRefusedAndNothingIsWritten() {
        String hazard = Records.hazardArea(hazard(uniqueName("bad"), square(110.6, 20.0, 0.01)));
        Map<String, Object> endBeforeStart = activity(uniqueName("bad"), "TS", Organisations.ALPHA, hazard);
        properties(endBeforeStart).put("startDate", "2026-11-10");
        properties(endBeforeStart).put("endDate", "2026-11-09");
        Map<String, Object> noHazard = activity(uniqueName("bad"), "TS", Organisations.ALPHA);
        Map<String, Object> unknownHazard = activity(uniqueName("bad"), "TS", Organisations.ALPHA,
                UUID.randomUUID().toString());
        Map<String, Object> unknownOrganisation = activity(uniqueName("bad"), "TS", UUID.randomUUID().toString(), hazard);
        Map<String, Object> unknownType = activity(uniqueName("bad"), "DEMINING", Organisations.ALPHA, hazard);
        Map<String, Object> negativeDepth = activity(uniqueName("bad"), "TS", Organisations.ALPHA, hazard);
        properties(negativeDepth).put("clearanceDepthCm", -1);
        Map<String, Object> twice = activity(uniqueName("bad"), "TS", Organisations.ALPHA, hazard, hazard);
        String before = fingerprint();

        Map<Map<String, Object>, String> cases = Map.of(
                endBeforeStart, "properties.endDate",
                noHazard, "properties.hazardAreaIds",
                unknownHazard, "properties.hazardAreaIds[0]",
                unknownOrganisation, "properties.implementingOrganisationId",
                unknownType, "properties.type",
                negativeDepth, "properties.clearanceDepthCm",
                twice, "properties.hazardAreaIds[1]");
        cases.forEach((body, field) -> dataManager().contentType("application/geo+json").body(body)
                .when().post(ACTIVITIES)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field)));

        assertEquals(before, fingerprint());
    }

    private ValidatableResponse move(String id, String status, int expected) {
        return dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("status", status)))
                .when().patch(ACTIVITIES + "/" + id).then().statusCode(expected);
    }

    private String fingerprint() {
        return Database.single(dataSource,
                "SELECT (SELECT count(*) FROM activity) || '/' || (SELECT count(*) FROM activity_hazard_area)");
    }
}
