package org.cairn.hazard;

import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.support.Features;
import org.cairn.support.Pages;
import org.junit.jupiter.api.Test;

/** Each test lays its hazards in its own part of the world and names them uniquely, so tests never see each other's. */
@QuarkusTest
class HazardAreaListTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";

    @Test
    void bboxFindsHazardsInsideAndTouchingButNotOutside() {
        String name = uniqueName("bbox");
        String id = create(hazard(name, square(40.0, 10.0, 0.01)));

        assertEquals(List.of(id), ids("bbox=39.99,9.99,40.02,10.02&q=" + name));
        assertEquals(List.of(id), ids("bbox=40.002,10.002,40.003,10.003&q=" + name), "box inside the hazard");
        assertEquals(List.of(id), ids("bbox=40.01,10.0,40.02,10.01&q=" + name), "box touching the east edge");
        assertEquals(List.of(), ids("bbox=40.02,10.0,40.03,10.01&q=" + name), "box just east of it");
        assertEquals(List.of(), ids("bbox=-10,-10,-9,-9&q=" + name), "box far away");
    }

    @Test
    void bboxCrossingTheAntimeridianIsAnswered() {
        String name = uniqueName("dateline");
        String east = create(hazard(name, square(179.5, 65.5, 0.2)));
        String west = create(hazard(name, square(-179.8, 66.0, 0.2)));

        List<String> found = ids("bbox=177,65,-177,70&q=" + name);
        assertEquals(Set.of(east, west), new HashSet<>(found));
        assertEquals(List.of(), ids("bbox=170,65,175,70&q=" + name));
    }

    @Test
    void everyFilterSelectsWhatItNames() {
        String name = uniqueName("filters");
        Map<String, Object> sha = hazard(name, square(41.0, 11.0, 0.01));
        properties(sha).put("contaminationTypes", List.of("AP_MINE", "UXO"));
        Map<String, Object> cha = hazard(name, square(41.1, 11.0, 0.01));
        properties(cha).put("classification", "CHA");
        properties(cha).put("status", "WORKED_ON");
        properties(cha).put("contaminationTypes", List.of("AV_MINE"));
        Map<String, Object> eod = hazard(name + " culvert", square(41.2, 11.0, 0.01));
        properties(eod).put("classification", "EOD_SPOT");
        properties(eod).put("status", "CLOSED");
        String shaId = create(sha);
        String chaId = create(cha);
        Instant between = Instant.now();
        String eodId = create(eod);

        assertEquals(Set.of(shaId, chaId, eodId), Set.copyOf(ids("q=" + name)));
        assertEquals(Set.of(eodId), Set.copyOf(ids("q=" + name.toUpperCase() + " CULVERT")), "q ignores case");
        assertEquals(Set.of(chaId), Set.copyOf(ids("q=" + name + "&classification=CHA")));
        assertEquals(Set.of(chaId, eodId), Set.copyOf(ids("q=" + name + "&classification=CHA,EOD_SPOT")));
        assertEquals(Set.of(chaId, eodId), Set.copyOf(ids("q=" + name + "&classification=CHA&classification=EOD_SPOT")));
        assertEquals(Set.of(shaId), Set.copyOf(ids("q=" + name + "&status=OPEN")));
        assertEquals(Set.of(chaId, eodId), Set.copyOf(ids("q=" + name + "&status=WORKED_ON,CLOSED")));
        assertEquals(Set.of(shaId), Set.copyOf(ids("q=" + name + "&contaminationType=UXO")));
        assertEquals(Set.of(shaId, chaId), Set.copyOf(ids("q=" + name + "&contaminationType=AV_MINE,AP_MINE")));
        assertEquals(Set.of(eodId), Set.copyOf(ids("q=" + name + "&updatedSince=" + between)));
        assertEquals(Set.of(), Set.copyOf(ids("q=" + name + "&classification=SHA&status=CLOSED")));
    }

    @Test
    void localIdIsSearchable() {
        String name = uniqueName("local-id");
        String id = create(hazard(name, square(41.5, 11.0, 0.01)));
        String localId = dataManager().when().get(HAZARD_AREAS + "/" + id).then().extract().path("properties.localId");

        assertEquals(List.of(id), ids("q=" + localId.toLowerCase()));
    }

    @Test
    void pagingThroughTwoHundredAndFiftyItemsHasNoDuplicateAndNoGap() {
        String name = uniqueName("paging");
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 250; i++) {
            created.add(create(hazard(name, square(42.0 + (i % 50) * 0.02, 12.0 + (i / 50) * 0.02, 0.01))));
        }

        for (String sort : List.of("updatedAt", "-updatedAt", "createdAt", "localId", "-localId")) {
            List<String> seen = Pages.featureIds(HAZARD_AREAS + "?limit=40&sort=" + sort + "&q=" + name);
            assertEquals(250, seen.size(), "features returned sorted by " + sort);
            assertEquals(created, new HashSet<>(seen), "every feature exactly once, sorted by " + sort);
        }
    }

    @Test
    void listIsAGeoJsonFeatureCollectionWithLinks() {
        String name = uniqueName("collection");
        create(hazard(name, square(43.0, 13.0, 0.01)));
        create(hazard(name, square(43.1, 13.0, 0.01)));

        dataManager().when().get(HAZARD_AREAS + "?limit=1&q=" + name)
                .then().statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("numberReturned", equalTo(1))
                .body("features", hasSize(1))
                .body("features[0].type", equalTo("Feature"))
                .body("timeStamp", notNullValue())
                .body("links.rel", containsInAnyOrder("self", "next"))
                .body("links.find { it.rel == 'next' }.type", equalTo("application/geo+json"));

        dataManager().when().get(HAZARD_AREAS + "?limit=2&q=" + name)
                .then().statusCode(200)
                .body("numberReturned", equalTo(2))
                .body("links.find { it.rel == 'next' }", nullValue());
    }

    @Test
    void deletedHazardsLeaveTheList() {
        String name = uniqueName("deleted");
        String kept = create(hazard(name, square(43.5, 13.0, 0.01)));
        String gone = create(hazard(name, square(43.6, 13.0, 0.01)));

        dataManager().when().delete(HAZARD_AREAS + "/" + gone).then().statusCode(204);

        assertEquals(List.of(kept), ids("q=" + name));
        dataManager().when().get(HAZARD_AREAS + "/" + gone).then().statusCode(404);
    }

    @Test
    void limitAboveTheMaximumIsLowered() {
        String name = uniqueName("clamp");
        create(hazard(name, square(43.8, 13.0, 0.01)));

        dataManager().when().get(HAZARD_AREAS + "?limit=50000&q=" + name)
                .then().statusCode(200).body("numberReturned", equalTo(1));
    }

    @Test
    void emptyResultIsAnEmptyCollection() {
        dataManager().when().get(HAZARD_AREAS + "?q=" + uniqueName("nothing"))
                .then().statusCode(200)
                .body("features", empty())
                .body("numberReturned", equalTo(0))
                .body("links.rel", containsInAnyOrder("self"));
    }

    @Test
    void badParametersAreRefusedWithTheReason() {
        String[][] cases = {
                {"classificaton=CHA", "Unknown query parameter classificaton"},
                {"classification=CONFIRMED", "classification has an unknown value"},
                {"status=open", "status has an unknown value"},
                {"contaminationType=MINE", "contaminationType has an unknown value"},
                {"bbox=1,2,3", "4 numbers"},
                {"bbox=1,2,x,4", "not a number"},
                {"bbox=1,50,3,40", "south edge above its north edge"},
                {"bbox=-181,0,3,4", "longitude outside"},
                {"bbox=0,-91,3,4", "latitude outside"},
                {"limit=0", "whole number from 1"},
                {"limit=ten", "whole number"},
                {"limit=5&limit=6", "may be given once"},
                {"updatedSince=yesterday", "RFC 3339"},
                {"updatedSince=2026-11-28T10:00:00", "RFC 3339"},
                {"sort=name", "must be one of updatedAt, createdAt, localId"},
                {"cursor=not-a-cursor", "not a cursor"},
                {"q=", "non-empty"},
        };
        for (String[] bad : cases) {
            dataManager().when().get(HAZARD_AREAS + "?" + bad[0])
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:cairn:problem:invalid-parameter"))
                    .body("status", equalTo(400))
                    .body("detail", containsString(bad[1]));
        }
    }

    @Test
    void cursorOfAnotherOrderIsRefused() {
        String name = uniqueName("cursor");
        create(hazard(name, square(44.0, 13.0, 0.01)));
        create(hazard(name, square(44.1, 13.0, 0.01)));
        String next = dataManager().when().get(HAZARD_AREAS + "?limit=1&q=" + name)
                .then().extract().path("links.find { it.rel == 'next' }.href");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length()).split("&")[0];

        dataManager().when().get(HAZARD_AREAS + "?sort=localId&cursor=" + cursor)
                .then().statusCode(400).body("detail", containsString("another order than"));
    }

    @Test
    void aTamperedCursorIsRefusedBeforeAnythingIsWritten() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("c1\nupdatedAt\nyesterday'; --\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        dataManager().when().get(HAZARD_AREAS + "?cursor=" + forged).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not a cursor"));
        dataManager().when().get("/api/v1/casualties?cursor=" + forged).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String create(Map<String, Object> feature) {
        return dataManager().contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");
    }

    private static List<String> ids(String query) {
        return dataManager().when().get(HAZARD_AREAS + "?" + query).then().statusCode(200).extract().path("features.id");
    }

    @Test
    void listsWriteSevenDecimalsOfADegreeAndEveryDecimalOnRequest() {
        String name = uniqueName("precise");
        double west = 61.123456789012;
        String id = dataManager().contentType("application/geo+json")
                .body(hazard(name, Features.polygon(Features.ring(west, 11.0, west + 0.01, 11.01))))
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");

        for (double longitude : longitudes(HAZARD_AREAS + "?q=" + name, "features[0].geometry")) {
            assertEquals(Math.round(longitude * 1e7) / 1e7, longitude, 1e-12);
        }
        assertTrue(longitudes(HAZARD_AREAS + "?precision=15&q=" + name, "features[0].geometry").stream()
                .anyMatch(longitude -> Math.abs(longitude - west) < 1e-12));
        // GIS clients edit the pages of a collection that takes writes: those come as stored.
        assertTrue(longitudes("/ogc/collections/hazard-areas/items?q=" + name, "features[0].geometry").stream()
                .anyMatch(longitude -> Math.abs(longitude - west) < 1e-12));
        // What a client edits comes back as stored.
        assertTrue(longitudes(HAZARD_AREAS + "/" + id, "geometry").stream()
                .anyMatch(longitude -> Math.abs(longitude - west) < 1e-12));
        dataManager().when().get(HAZARD_AREAS + "?precision=16").then().statusCode(400)
                .body("detail", containsString("precision"));
    }

    /** The longitudes of the first ring of the multipolygon at the path of the answer. */
    private static List<Double> longitudes(String url, String geometry) {
        List<List<Number>> ring = dataManager().when().get(url).then().statusCode(200).extract()
                .path(geometry + ".coordinates[0][0]");
        return ring.stream().map(position -> position.get(0).doubleValue()).toList();
    }
}
