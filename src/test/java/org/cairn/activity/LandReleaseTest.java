package org.cairn.activity;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.geometry;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.release;
import static org.cairn.support.Features.ring;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cairn.support.Coordinates;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LandReleaseTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void releaseIsClippedToTheHazardAndTheAccountAddsUp() {
        String hazard = Records.hazardArea(hazard(uniqueName("account"), square(100.0, 10.0, 0.02)));
        String clearance = Records.activity(activity(uniqueName("clearance"), "CLEARANCE", Organisations.ALPHA, hazard));

        // Half of this square lies outside the hazard: only the inside half is released.
        List<?> ring = dataManager().contentType("application/geo+json")
                .body(release(hazard, "CLEARED", square(100.01, 10.0, 0.02)))
                .when().post("/api/v1/activities/" + clearance + "/land-release")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/land-release/"))
                .body("properties.outcome", equalTo("CLEARED"))
                .body("properties.depthCm", equalTo(13))
                .body("warnings.code", hasItem("CLIPPED"))
                .extract().path("geometry.coordinates[0][0]");
        List<?> corners = (List<?>) Coordinates.asDoubles(ring);
        assertTrue(corners.contains(List.of(100.02, 10.02)), corners.toString());
        assertTrue(corners.stream().allMatch(c -> (Double) ((List<?>) c).get(0) <= 100.02), corners.toString());

        JsonPath account = hazardArea(hazard);
        double area = account.getDouble("properties.areaM2");
        assertEquals(area / 2, account.getDouble("properties.clearedAreaM2"), area * 0.001);
        assertAccountAddsUp(account);
        assertEquals("WORKED_ON", account.getString("properties.status"));
        assertEquals("LAND_RELEASED", account.getString("properties.statusChangeReason"));
    }

    @Test
    void outcomesFitTheActivityType() {
        String hazard = Records.hazardArea(hazard(uniqueName("outcomes"), square(100.1, 10.0, 0.05)));
        Map<String, List<String>> allowed = Map.of(
                "NTS", List.of("CANCELLED"),
                "TS", List.of("REDUCED", "CLEARED"),
                "CLEARANCE", List.of("CLEARED"),
                "BAC", List.of("CLEARED"),
                "EOD_SPOT_TASK", List.of());
        double lon = 100.1;
        for (Map.Entry<String, List<String>> type : allowed.entrySet()) {
            String activity = Records.activity(activity(uniqueName("type"), type.getKey(), Organisations.ALPHA, hazard));
            for (String outcome : List.of("CANCELLED", "REDUCED", "CLEARED")) {
                lon += 0.002;
                boolean fits = type.getValue().contains(outcome);
                dataManager().contentType("application/geo+json")
                        .body(release(hazard, outcome, square(lon, 10.01, 0.001)))
                        .when().post("/api/v1/activities/" + activity + "/land-release")
                        .then().statusCode(fits ? 201 : 422);
            }
        }
        assertAccountAddsUp(hazardArea(hazard));
    }

    @Test
    void theHazardMustBeOneTheActivityWorksOn() {
        String linked = Records.hazardArea(hazard(uniqueName("linked"), square(100.3, 10.0, 0.01)));
        String other = Records.hazardArea(hazard(uniqueName("other"), square(100.35, 10.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, linked));
        String before = fingerprint();

        dataManager().contentType("application/geo+json").body(release(other, "CLEARED", square(100.35, 10.0, 0.005)))
                .when().post("/api/v1/activities/" + activity + "/land-release")
                .then().statusCode(422).body("errors.field", hasItem("properties.hazardAreaId"));

        assertEquals(before, fingerprint());
    }

    @Test
    void landAlreadyReleasedCannotBeReleasedAgain() {
        String hazard = Records.hazardArea(hazard(uniqueName("twice"), square(100.4, 10.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        Records.release(activity, release(hazard, "CLEARED", square(100.4, 10.0, 0.005)));
        String before = fingerprint();

        dataManager().contentType("application/geo+json").body(release(hazard, "CLEARED", square(100.401, 10.001, 0.003)))
                .when().post("/api/v1/activities/" + activity + "/land-release")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("no part of the polygon lies within what remains"));
        dataManager().contentType("application/geo+json").body(release(hazard, "CLEARED", square(120.0, 10.0, 0.003)))
                .when().post("/api/v1/activities/" + activity + "/land-release")
                .then().statusCode(422);

        assertEquals(before, fingerprint());
    }

    @Test
    void releasingEverythingClosesTheHazardAndVoidingReopensIt() {
        String hazard = Records.hazardArea(hazard(uniqueName("close"), square(100.5, 10.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        Records.release(activity, release(hazard, "CLEARED", square(100.5, 10.0, 0.005)));
        String last = Records.release(activity, release(hazard, "CLEARED", square(100.49, 9.99, 0.03)));

        JsonPath closed = hazardArea(hazard);
        assertEquals("CLOSED", closed.getString("properties.status"));
        assertEquals("RELEASED", closed.getString("properties.statusChangeReason"));
        assertEquals(0.0, closed.getDouble("properties.remainingAreaM2"), 1.0);
        assertAccountAddsUp(closed);

        as("operator").contentType("application/json").body(Map.of("reason", "wrong"))
                .when().post("/api/v1/land-release/" + last + "/void").then().statusCode(403);
        dataManager().contentType("application/json").body(Map.of("reason", "Recorded on the wrong hazard"))
                .when().post("/api/v1/land-release/" + last + "/void")
                .then().statusCode(200)
                .body("properties.voided", equalTo(true))
                .body("properties.voidReason", equalTo("Recorded on the wrong hazard"))
                .body("properties.voidedBy", equalTo("user-data_manager"));
        dataManager().contentType("application/json").body(Map.of("reason", "again"))
                .when().post("/api/v1/land-release/" + last + "/void").then().statusCode(409);

        JsonPath reopened = hazardArea(hazard);
        assertEquals("WORKED_ON", reopened.getString("properties.status"));
        assertEquals(reopened.getDouble("properties.areaM2") * 0.75, reopened.getDouble("properties.remainingAreaM2"),
                reopened.getDouble("properties.areaM2") * 0.001);
        assertAccountAddsUp(reopened);
        dataManager().when().get(HAZARD_AREAS + "/" + hazard + "/land-release")
                .then().statusCode(200)
                .body("numberReturned", equalTo(2))
                .body("features.properties.voided", hasItem(true));
        dataManager().when().get(HAZARD_AREAS + "/" + hazard + "/land-release?voided=false")
                .then().statusCode(200).body("numberReturned", equalTo(1));
    }

    @Test
    void aReleaseThatCompletesTheHazardClosesItWithWhatRemains() {
        String hazard = Records.hazardArea(hazard(uniqueName("complete"), square(100.6, 10.0, 0.01)));
        String survey = Records.activity(activity(uniqueName("nts"), "NTS", Organisations.ALPHA, hazard));
        Map<String, Object> body = release(hazard, "CANCELLED", square(100.6, 10.0, 0.009));
        properties(body).put("completesHazard", true);

        Records.release(survey, body);

        JsonPath closed = hazardArea(hazard);
        assertEquals("CLOSED", closed.getString("properties.status"));
        assertTrue(closed.getDouble("properties.remainingAreaM2") > 1000);
        assertAccountAddsUp(closed);
    }

    @Test
    void theShapeOfAHazardWithReleasedLandIsFixed() {
        String hazard = Records.hazardArea(hazard(uniqueName("fixed"), square(100.7, 10.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        Records.release(activity, release(hazard, "CLEARED", square(100.7, 10.0, 0.005)));

        dataManager().contentType("application/merge-patch+json").body(Map.of("geometry", square(100.7, 10.0, 0.02)))
                .when().patch(HAZARD_AREAS + "/" + hazard)
                .then().statusCode(409).body("detail", containsString("can no longer change"));
        dataManager().contentType("application/merge-patch+json").body(Map.of("properties", Map.of("priority", "LOW")))
                .when().patch(HAZARD_AREAS + "/" + hazard).then().statusCode(200);
    }

    @Test
    void plannedAndCancelledActivitiesReleaseNothing() {
        String hazard = Records.hazardArea(hazard(uniqueName("planned"), square(100.8, 10.0, 0.01)));
        Map<String, Object> planned = activity(uniqueName("planned"), "CLEARANCE", Organisations.ALPHA, hazard);
        properties(planned).put("status", "PLANNED");
        String activity = Records.activity(planned);

        dataManager().contentType("application/geo+json").body(release(hazard, "CLEARED", square(100.8, 10.0, 0.005)))
                .when().post("/api/v1/activities/" + activity + "/land-release")
                .then().statusCode(409).body("detail", containsString("PLANNED"));
    }

    @Test
    void operatorsReleaseLandOnlyForTheirOwnActivities() {
        String hazard = Records.hazardArea(hazard(uniqueName("own"), square(100.9, 10.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("alpha"), "CLEARANCE", Organisations.ALPHA, hazard));

        as("operator", Organisations.BRAVO).contentType("application/geo+json")
                .body(release(hazard, "CLEARED", square(100.9, 10.0, 0.002)))
                .when().post("/api/v1/activities/" + activity + "/land-release").then().statusCode(403);
        as("operator", Organisations.ALPHA).contentType("application/geo+json")
                .body(release(hazard, "CLEARED", square(100.9, 10.0, 0.002)))
                .when().post("/api/v1/activities/" + activity + "/land-release").then().statusCode(201);
    }

    @Test
    void badReleasesAreRefusedAndNothingIsWritten() {
        String hazard = Records.hazardArea(hazard(uniqueName("bad"), square(101.0, 10.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "TS", Organisations.ALPHA, hazard));
        Map<String, Object> noOutcome = release(hazard, "CLEARED", square(101.0, 10.0, 0.005));
        properties(noOutcome).remove("outcome");
        Map<String, Object> assetOnCleared = release(hazard, "CLEARED", square(101.0, 10.0, 0.005));
        properties(assetOnCleared).put("technicalAsset", "Flail");
        Map<String, Object> negativeDepth = release(hazard, "REDUCED", square(101.0, 10.0, 0.005));
        properties(negativeDepth).put("depthCm", -5);
        Map<String, Object> selfCrossing = release(hazard, "REDUCED", geometry("Polygon", List.of(List.of(
                List.of(101.0, 10.0), List.of(101.005, 10.005), List.of(101.005, 10.0), List.of(101.0, 10.005),
                List.of(101.0, 10.0)))));
        Map<String, Object> noGeometry = release(hazard, "REDUCED", null);
        String before = fingerprint();

        for (Map<String, Object> bad : List.of(noOutcome, assetOnCleared, negativeDepth, selfCrossing, noGeometry)) {
            dataManager().contentType("application/geo+json").body(bad)
                    .when().post("/api/v1/activities/" + activity + "/land-release")
                    .then().statusCode(422).contentType("application/problem+json");
        }
        dataManager().contentType("application/geo+json").body("{\"type\": \"Feature\"")
                .when().post("/api/v1/activities/" + activity + "/land-release").then().statusCode(400);
        dataManager().contentType("application/geo+json").body(release(hazard, "REDUCED", square(101.0, 10.0, 0.005)))
                .when().post("/api/v1/activities/" + UUID.randomUUID() + "/land-release").then().statusCode(404);

        assertEquals(before, fingerprint());
    }

    /**
     * The accounting invariant on random hazards, holes and multipolygons included, under random
     * releases of every outcome: estimated = remaining + cancelled + reduced + cleared within 0.1 %.
     */
    @Test
    void theAccountAddsUpOnRandomShapes() {
        RandomShapes shapes = new RandomShapes(20261128);
        for (int h = 0; h < 6; h++) {
            double lon = 102 + h * 0.1;
            String hazard = Records.hazardArea(hazard(uniqueName("random"), shapes.hazard(lon, 11.0, h % 2 == 1)));
            String ts = Records.activity(activity(uniqueName("ts"), "TS", Organisations.ALPHA, hazard));
            String nts = Records.activity(activity(uniqueName("nts"), "NTS", Organisations.ALPHA, hazard));
            for (int r = 0; r < 8; r++) {
                String outcome = List.of("CANCELLED", "REDUCED", "CLEARED").get(r % 3);
                String activity = outcome.equals("CANCELLED") ? nts : ts;
                int status = dataManager().contentType("application/geo+json")
                        .body(release(hazard, outcome, shapes.release(lon, 11.0)))
                        .when().post("/api/v1/activities/" + activity + "/land-release").statusCode();
                assertTrue(status == 201 || status == 422, "release answered " + status);
                assertAccountAddsUp(hazardArea(hazard));
            }
        }
    }

    /** Teams releasing overlapping parts of one hazard at once are applied one after the other. */
    @Test
    void parallelReleasesNeverCountLandTwice() throws Exception {
        String hazard = Records.hazardArea(hazard(uniqueName("parallel"), square(103.0, 12.0, 0.02)));
        List<String> activities = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            activities.add(Records.activity(activity(uniqueName("team"), "CLEARANCE", Organisations.ALPHA, hazard)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> releases = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String activity = activities.get(i % activities.size());
            Map<String, Object> body = release(hazard, "CLEARED", square(103.0 + (i % 4) * 0.004, 12.0 + (i / 4) * 0.004,
                    0.008));
            releases.add(() -> dataManager().contentType("application/geo+json").body(body)
                    .when().post("/api/v1/activities/" + activity + "/land-release").statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(releases)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 422), statuses.toString());
        JsonPath account = hazardArea(hazard);
        assertAccountAddsUp(account);
        double unionOfReleased = Double.parseDouble(Database.single(dataSource, """
                SELECT ST_Area(ST_Union(ST_Intersection(r.submitted_geom, h.geom))::geography)
                FROM land_release r JOIN hazard_area h ON h.id = r.hazard_area_id
                WHERE r.hazard_area_id = ?""", UUID.fromString(hazard)));
        assertEquals(unionOfReleased, account.getDouble("properties.clearedAreaM2"), unionOfReleased * 0.001);
    }

    @Test
    void landReleaseRecordsAreFeaturesOfTheirActivityAndHazard() {
        String hazard = Records.hazardArea(hazard(uniqueName("lists"), square(101.5, 10.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
        String record = Records.release(activity, release(hazard, "CLEARED", square(101.5, 10.0, 0.004)));

        dataManager().when().get("/api/v1/activities/" + activity + "/land-release")
                .then().statusCode(200)
                .contentType("application/geo+json")
                .body("features.id", contains(record))
                .body("features[0].properties.activityId", equalTo(activity))
                .body("features[0].properties.hazardAreaId", equalTo(hazard))
                .body("features[0].properties.areaM2", closeTo(
                        hazardArea(hazard).getDouble("properties.clearedAreaM2"), 0.001));
        dataManager().when().get("/api/v1/activities/" + activity)
                .then().statusCode(200).body("properties.releasedAreaM2.CLEARED", closeTo(
                        hazardArea(hazard).getDouble("properties.clearedAreaM2"), 0.001));
        dataManager().when().get("/api/v1/land-release/" + record)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    private static JsonPath hazardArea(String id) {
        return dataManager().when().get(HAZARD_AREAS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static void assertAccountAddsUp(JsonPath hazard) {
        double area = hazard.getDouble("properties.areaM2");
        double accounted = hazard.getDouble("properties.remainingAreaM2") + hazard.getDouble("properties.cancelledAreaM2")
                + hazard.getDouble("properties.reducedAreaM2") + hazard.getDouble("properties.clearedAreaM2");
        assertEquals(area, accounted, area * 0.001, "area = remaining + cancelled + reduced + cleared");
    }

    private String fingerprint() {
        return Database.single(dataSource, """
                SELECT (SELECT count(*) FROM land_release) || '/' || (SELECT coalesce(sum(version), 0) FROM hazard_area)
                    || '/' || (SELECT count(*) FROM revision)""");
    }
}
