package org.cairn.hazard;

import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.surveyPoint;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HazardAreaWriteTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void staleIfMatchIsRefusedWithTheCurrentVersionAndChangesNothing() {
        String id = create(hazard(uniqueName("etag"), square(50.0, 20.0, 0.01)));
        dataManager().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("properties", Map.of("name", "Renamed once")))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"");

        dataManager().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("properties", Map.of("name", "Renamed on a stale copy")))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:precondition-failed"))
                .body("currentVersion", equalTo(2))
                .body("currentETag", equalTo("\"2\""));

        // If-Match compares strongly (RFC 9110): a weak tag is never a basis for a write.
        dataManager().contentType("application/merge-patch+json").header("If-Match", "W/\"2\"")
                .body(Map.of("properties", Map.of("name", "Renamed on a weak tag")))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(412);
        dataManager().header("If-None-Match", "W/\"2\"").when().get(HAZARD_AREAS + "/" + id).then().statusCode(304);

        dataManager().when().get(HAZARD_AREAS + "/" + id)
                .then().body("properties.name", equalTo("Renamed once")).body("properties.version", equalTo(2));
        dataManager().header("If-Match", "\"1\"").when().delete(HAZARD_AREAS + "/" + id).then().statusCode(412);
        dataManager().contentType("application/geo+json").header("If-Match", "\"1\"")
                .body(hazard("Replaced on a stale copy", square(50.0, 20.0, 0.01)))
                .when().put(HAZARD_AREAS + "/" + id).then().statusCode(412);
        dataManager().when().get(HAZARD_AREAS + "/" + id).then().statusCode(200).body("properties.version", equalTo(2));
    }

    @Test
    void writesWithoutIfMatchAreAccepted() {
        String id = create(hazard(uniqueName("no-if-match"), square(50.1, 20.0, 0.01)));

        dataManager().contentType("application/merge-patch+json").body(Map.of("properties", Map.of("priority", "LOW")))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(200).body("properties.priority", equalTo("LOW"));
        dataManager().header("If-Match", "*").contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("priority", "HIGH")))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(200).body("properties.priority", equalTo("HIGH"));
    }

    @Test
    void clientIdReplayedWithTheSameContentReturnsTheStoredItem() {
        UUID id = UUID.randomUUID();
        Map<String, Object> feature = hazard(uniqueName("replay"), square(50.2, 20.0, 0.01));
        feature.put("id", id.toString());
        String before = Database.hazardAreaFingerprint(dataSource);

        dataManager().contentType("application/geo+json").body(feature).when().post(HAZARD_AREAS)
                .then().statusCode(201).header("Location", containsString(id.toString())).body("id", equalTo(id.toString()));
        String afterFirst = Database.hazardAreaFingerprint(dataSource);
        // The same content with its members in another order is the same request.
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("properties", feature.get("properties"));
        reordered.put("geometry", feature.get("geometry"));
        reordered.put("id", id.toString());
        reordered.put("type", "Feature");
        dataManager().contentType("application/geo+json").body(reordered).when().post(HAZARD_AREAS)
                .then().statusCode(200).body("id", equalTo(id.toString())).body("properties.version", equalTo(1));

        assertEquals(afterFirst, Database.hazardAreaFingerprint(dataSource));
        assertEquals(Integer.parseInt(before.split("/")[0]) + 1, Integer.parseInt(afterFirst.split("/")[0]));
    }

    @Test
    void retriesRacingTheFirstRequestAreAnsweredAsReplays() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> feature = hazard(uniqueName("race"), square(50.3, 20.0, 0.01));
        feature.put("id", id.toString());
        ExecutorService tablets = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(tablets.submit(() -> dataManager().contentType("application/geo+json").body(feature)
                        .when().post(HAZARD_AREAS).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        } finally {
            tablets.shutdownNow();
        }
        assertEquals("1", Database.single(dataSource, "SELECT count(*) FROM hazard_area WHERE id = ?", id));
    }

    @Test
    void clientIdReusedForOtherContentIsAConflict() {
        UUID id = UUID.randomUUID();
        Map<String, Object> feature = hazard(uniqueName("reuse"), square(50.3, 20.0, 0.01));
        feature.put("id", id.toString());
        dataManager().contentType("application/geo+json").body(feature).when().post(HAZARD_AREAS).then().statusCode(201);
        String before = Database.hazardAreaFingerprint(dataSource);

        properties(feature).put("classification", "CHA");
        dataManager().contentType("application/geo+json").body(feature).when().post(HAZARD_AREAS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:conflict"));

        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
        dataManager().when().get(HAZARD_AREAS + "/" + id).then().body("properties.classification", equalTo("SHA"));
    }

    @Test
    void putReplacesEverythingButKeepsTheStatusWhenOmitted() {
        Map<String, Object> feature = hazard(uniqueName("put"), square(50.4, 20.0, 0.01));
        properties(feature).put("status", "CLOSED");
        properties(feature).put("landowner", "Cooperative");
        String id = create(feature);

        Map<String, Object> replacement = hazard("Replaced name", square(50.41, 20.0, 0.02));
        properties(replacement).put("classification", "CHA");
        dataManager().contentType("application/geo+json").header("If-Match", "\"1\"").body(replacement)
                .when().put(HAZARD_AREAS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("id", equalTo(id))
                .body("properties.name", equalTo("Replaced name"))
                .body("properties.classification", equalTo("CHA"))
                .body("properties.status", equalTo("CLOSED"))
                .body("properties.landowner", nullValue())
                .body("geometry.coordinates[0][0][1][0]", closeTo(50.43, 1e-9));
    }

    @Test
    void whatGetReturnsCanBePutBack() {
        String id = create(hazard(uniqueName("get-put"), square(50.5, 20.0, 0.01)));
        Map<String, Object> fetched = dataManager().when().get(HAZARD_AREAS + "/" + id).then().extract().as(Map.class);

        dataManager().contentType("application/geo+json").body(fetched).when().put(HAZARD_AREAS + "/" + id)
                .then().statusCode(200).body("properties.version", equalTo(2));
    }

    @Test
    void mergePatchChangesOnlyWhatItNamesAndRecordsTheStatusChange() {
        Map<String, Object> feature = hazard(uniqueName("patch"), square(50.6, 20.0, 0.01));
        properties(feature).put("landowner", "Village council");
        properties(feature).put("surveyPoints", List.of(surveyPoint("BENCHMARK", 50.599, 19.999)));
        String id = create(feature);
        String pointId = dataManager().when().get(HAZARD_AREAS + "/" + id).then().extract().path("properties.surveyPoints[0].id");
        String changedAt = dataManager().when().get(HAZARD_AREAS + "/" + id).then().extract().path("properties.statusChangedAt");

        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("status", "SUSPENDED", "statusChangeReason", "Flooding")))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(200)
                .body("properties.status", equalTo("SUSPENDED"))
                .body("properties.statusChangeReason", equalTo("Flooding"))
                .body("properties.statusChangedAt", not(equalTo(changedAt)))
                .body("properties.landowner", equalTo("Village council"))
                .body("properties.surveyPoints.id", contains(pointId));

        Map<String, Object> removeLandowner = new HashMap<>();
        removeLandowner.put("landowner", null);
        dataManager().contentType("application/merge-patch+json").body(Map.of("properties", removeLandowner))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(200)
                .body("properties.landowner", nullValue())
                .body("properties.status", equalTo("SUSPENDED"));
    }

    @Test
    void patchThatBreaksARuleIsRefusedAndChangesNothing() {
        String id = create(hazard(uniqueName("bad-patch"), square(50.7, 20.0, 0.01)));
        String before = Database.hazardAreaFingerprint(dataSource);

        dataManager().contentType("application/merge-patch+json").body(Map.of("properties", Map.of("classification", "BAD")))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(422).body("errors.field", hasItem("properties.classification"));
        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("geometry", Features.geometry("Point", List.of(50.7, 20.0))))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(422).body("errors.field", hasItem("geometry.type"));
        dataManager().contentType("application/merge-patch+json").body("[1, 2]")
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(400);

        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    @Test
    void deleteKeepsTheRecordButHidesIt() {
        String id = create(hazard(uniqueName("delete"), square(50.8, 20.0, 0.01)));

        dataManager().when().delete(HAZARD_AREAS + "/" + id).then().statusCode(204);

        dataManager().when().get(HAZARD_AREAS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        dataManager().when().delete(HAZARD_AREAS + "/" + id).then().statusCode(404);
        assertEquals("1", Database.single(dataSource,
                "SELECT count(*) FROM hazard_area WHERE id = ? AND deleted_at IS NOT NULL", UUID.fromString(id)));
    }

    @Test
    void unknownIdsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        dataManager().when().get(HAZARD_AREAS + "/" + unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:not-found"));
        dataManager().contentType("application/geo+json").body(hazard("x", square(0, 0, 1)))
                .when().put(HAZARD_AREAS + "/" + unknown).then().statusCode(404);
        dataManager().contentType("application/merge-patch+json").body("{}")
                .when().patch(HAZARD_AREAS + "/" + unknown).then().statusCode(404);
        dataManager().when().get(HAZARD_AREAS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void overlappingAnOpenHazardWarnsOfAPossibleDuplicate() {
        String first = create(hazard(uniqueName("overlap"), square(51.0, 21.0, 0.02)));

        dataManager().contentType("application/geo+json").body(hazard(uniqueName("overlap"), square(51.005, 21.005, 0.02)))
                .when().post(HAZARD_AREAS)
                .then().statusCode(201)
                .body("warnings.code", contains("POSSIBLE_DUPLICATE"))
                .body("warnings[0].relatedId", equalTo(first));

        dataManager().contentType("application/geo+json").body(hazard(uniqueName("overlap"), square(51.019, 21.019, 0.02)))
                .when().post(HAZARD_AREAS)
                .then().statusCode(201)
                .body("warnings", empty());
    }

    @Test
    void closedHazardsAreNotReportedAsDuplicates() {
        Map<String, Object> closed = hazard(uniqueName("closed"), square(51.2, 21.0, 0.02));
        properties(closed).put("status", "CLOSED");
        create(closed);

        dataManager().contentType("application/geo+json").body(hazard(uniqueName("closed"), square(51.2, 21.0, 0.02)))
                .when().post(HAZARD_AREAS)
                .then().statusCode(201).body("warnings", empty());
    }

    @Test
    void longEdgesAndOverlappingPartsAreStoredWithWarnings() {
        dataManager().contentType("application/geo+json")
                .body(hazard(uniqueName("long-edge"), square(52.0, 22.0, 0.1)))
                .when().post(HAZARD_AREAS)
                .then().statusCode(201)
                .body("warnings.code", hasItem("LONG_EDGE"));

        Object parts = List.of(List.of(Features.ring(52.5, 22.0, 52.51, 22.01)),
                List.of(Features.ring(52.505, 22.0, 52.515, 22.01)));
        dataManager().contentType("application/geo+json")
                .body(hazard(uniqueName("parts"), Features.geometry("MultiPolygon", parts)))
                .when().post(HAZARD_AREAS)
                .then().statusCode(201)
                .body("warnings.code", hasItem("OVERLAPPING_PARTS"))
                .body("geometry.coordinates.size()", equalTo(1));
    }

    @Test
    void surveyPointsKeepTheirIdsWhenSentBack() {
        Map<String, Object> feature = hazard(uniqueName("points"), square(53.0, 23.0, 0.01));
        properties(feature).put("surveyPoints", List.of(surveyPoint("START_POINT", 53.0, 23.0),
                surveyPoint("END_POINT", 53.01, 23.0)));
        String id = create(feature);
        List<String> pointIds = dataManager().when().get(HAZARD_AREAS + "/" + id).then()
                .extract().path("properties.surveyPoints.id");

        Map<String, Object> end = surveyPoint("END_POINT", 53.01, 23.0);
        end.put("id", pointIds.get(1));
        end.put("sequence", 1);
        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("surveyPoints", List.of(end))))
                .when().patch(HAZARD_AREAS + "/" + id)
                .then().statusCode(200)
                .body("properties.surveyPoints.id", contains(pointIds.get(1)))
                .body("properties.surveyPoints.sequence", contains(1));
        assertEquals("1", Database.single(dataSource,
                "SELECT count(*) FROM survey_point WHERE hazard_area_id = ?", UUID.fromString(id)));
    }

    @Test
    void anotherRecordsSurveyPointIdIsRefused() {
        Map<String, Object> first = hazard(uniqueName("points-a"), square(53.2, 23.0, 0.01));
        properties(first).put("surveyPoints", List.of(surveyPoint("START_POINT", 53.2, 23.0)));
        String firstId = create(first);
        String pointId = dataManager().when().get(HAZARD_AREAS + "/" + firstId).then()
                .extract().path("properties.surveyPoints[0].id");
        String before = Database.hazardAreaFingerprint(dataSource);

        Map<String, Object> borrowed = surveyPoint("START_POINT", 53.3, 23.0);
        borrowed.put("id", pointId);
        Map<String, Object> second = hazard(uniqueName("points-b"), square(53.3, 23.0, 0.01));
        properties(second).put("surveyPoints", List.of(borrowed));
        dataManager().contentType("application/geo+json").body(second).when().post(HAZARD_AREAS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("properties.surveyPoints[0].id"));
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    private static String create(Map<String, Object> feature) {
        return dataManager().contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");
    }
}
