package org.cairn.adminarea;

import static org.cairn.support.Api.as;
import static org.cairn.support.AdminAreas.IMPORT;
import static org.cairn.support.AdminAreas.area;
import static org.cairn.support.AdminAreas.box;
import static org.cairn.support.AdminAreas.collection;
import static org.cairn.support.AdminAreas.feature;
import static org.cairn.support.AdminAreas.finished;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.geometry;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.cairn.support.Records;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Imports of administrative areas as OCHA ships them (one file per level), the job that follows
 * them, and the pcode every item gets. The areas lie in the Southern Ocean, where no other test
 * puts records, so that placing items again never touches another test's records.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminAreaTest {

    private static final String NAME = Features.uniqueName("placed");

    private static String earlyHazard;
    private static String accident;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @Order(1)
    void oneFileALevelBuildsTheTreeAndEachImportPlacesItemsAgain() {
        JsonPath country = imported("level=0", collection(area(0, "TQ", "Tequila", null, box(60, -50, 62, -48))));
        assertEquals(1, country.getInt("summary.imported"));
        JsonPath provinces = imported("level=1", collection(
                area(1, "TQ01", "West", "TQ", box(60, -50, 61, -48)),
                area(1, "TQ02", "East", "TQ", box(61, -50, 62, -48))));
        assertEquals(2, provinces.getInt("summary.imported"));

        // Before the districts exist, the province is the deepest area that holds the hazard.
        earlyHazard = Records.hazardArea(hazard(NAME + "-early", square(60.2, -49.8, 0.01)));
        dataManager().when().get("/api/v1/hazard-areas/" + earlyHazard).then()
                .body("properties.adminArea", equalTo("TQ01")).body("properties.version", equalTo(1));

        JsonPath districts = imported("level=2", collection(
                area(2, "TQ0101", "South-West", "TQ01", box(60, -50, 61, -49)),
                area(2, "TQ0102", "North-West", "TQ01", box(60, -49, 61, -48)),
                area(2, "TQ0101", "Repeated", "TQ01", box(60, -50, 61, -49)),
                area(2, "TQ0103", "Bow tie", "TQ01", geometry("Polygon",
                        List.of(List.of(List.of(60.0, -50.0), List.of(61.0, -49.0), List.of(61.0, -50.0),
                                List.of(60.0, -49.0), List.of(60.0, -50.0))))),
                area(2, "TQ0199", "Orphan", "TQ09", box(60, -50, 61, -49)),
                area(2, "TQ0201", "Under a district", "TQ0101", box(61, -50, 62, -49))));
        assertEquals(6, districts.getInt("summary.features"));
        assertEquals(2, districts.getInt("summary.imported"));
        assertEquals(4, districts.getInt("summary.rejected"));
        assertEquals(List.of(2, 3, 4, 5), districts.getList("summary.rejections.feature"));
        List<String> reasons = districts.getList("summary.rejections.reason");
        assertThat(reasons.get(0), containsString("feature 0 has it already"));
        assertThat(reasons.get(1), containsString("Self-intersection"));
        assertThat(reasons.get(2), containsString("TQ09 is not an area of level 1"));
        assertThat(reasons.get(3), containsString("is of level 2"));

        // The job after the import moved the hazard into its district, as a new version.
        JsonPath assignment = finished(districts.getString("summary.assignmentJob"));
        assertEquals("ADMIN_AREA_ASSIGNMENT", assignment.getString("kind"));
        assertEquals(1, assignment.getInt("summary.moved.hazard-areas"));
        dataManager().when().get("/api/v1/hazard-areas/" + earlyHazard).then()
                .body("properties.adminArea", equalTo("TQ0101")).body("properties.version", equalTo(2));

        dataManager().when().get("/api/v1/admin-areas?within=TQ01").then().statusCode(200)
                .contentType("application/geo+json")
                .body("features.id", containsInAnyOrder("TQ01", "TQ0101", "TQ0102"));
        dataManager().when().get("/api/v1/admin-areas/TQ0102").then().statusCode(200)
                .body("properties.lineage", equalTo(List.of("TQ", "TQ01", "TQ0102")))
                .body("properties.parentPcode", equalTo("TQ01")).body("properties.level", equalTo(2))
                .body("geometry.type", equalTo("MultiPolygon"));
    }

    @Test
    @Order(2)
    void everyWriteOfAShapePlacesItAndListsFilterByAreaAtAnyLevel() {
        String north = Records.hazardArea(hazard(NAME + "-north", square(60.5, -48.5, 0.01)));
        dataManager().when().get("/api/v1/hazard-areas/" + north).then().body("properties.adminArea",
                equalTo("TQ0102"));
        accident = Records.accident(Features.accident("MINE", 61.5, -49.5));
        Records.casualty(Features.casualty(accident, "INJURED", "FEMALE", 30));
        as("victim_assistance").when().get("/api/v1/accidents/" + accident).then()
                .body("properties.adminArea", equalTo("TQ02"));

        assertEquals(List.of(earlyHazard, north).stream().sorted().toList(), hazardsIn("TQ"));
        assertEquals(List.of(north), hazardsIn("TQ0102"));
        assertEquals(List.of(earlyHazard), hazardsIn("TQ0101,TQ02"));
        // A pcode that names no area is a mistake to be told of, not an empty list, in lists and exports alike.
        for (String list : List.of("/api/v1/hazard-areas", "/api/v1/exports/hazard-areas",
                "/ogc/collections/hazard-areas/items")) {
            dataManager().queryParam("adminArea", "NOWHERE").when().get(list).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("adminArea"));
        }

        // A new shape, a new place, on the same write.
        Map<String, Object> moved = hazard(NAME + "-north", square(60.5, -49.5, 0.01));
        dataManager().contentType("application/geo+json").header("If-Match", "\"1\"").body(moved)
                .when().put("/api/v1/hazard-areas/" + north).then().statusCode(200)
                .body("properties.adminArea", equalTo("TQ0101"));
    }

    @Test
    @Order(3)
    void theSameFileAgainChangesNothingAndMovesNothing() {
        JsonPath again = imported("level=1", collection(
                area(1, "TQ01", "West", "TQ", box(60, -50, 61, -48)),
                area(1, "TQ02", "East", "TQ", box(61, -50, 62, -48))));
        assertEquals(2, again.getInt("summary.unchanged"));
        assertEquals(0, again.getInt("summary.imported") + again.getInt("summary.updated"));
        // Placing again still runs, and finds nothing to move.
        assertEquals(0, finished(again.getString("summary.assignmentJob")).getInt("summary.movedInAll"));
    }

    @Test
    @Order(4)
    void aFileMixingLevelsNamesItsProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", "TQ0201");
        properties.put("label", "South-East");
        properties.put("adm", "2");
        properties.put("up", "TQ02");
        Map<String, Object> feature = feature(properties, box(61, -50, 62, -49));
        JsonPath job = imported("levelProperty=adm&pcodeProperty=code&nameProperty=label&parentProperty=up",
                collection(feature));
        assertEquals(1, job.getInt("summary.imported"));
        dataManager().when().get("/api/v1/admin-areas?parent=TQ02").then()
                .body("features.properties.name", equalTo(List.of("South-East")));

        // A province with districts under it cannot become a district itself.
        properties.put("code", "TQ02");
        properties.put("up", "TQ01");
        JsonPath moved = imported("levelProperty=adm&pcodeProperty=code&nameProperty=label&parentProperty=up",
                collection(feature(properties, box(61, -50, 62, -48))));
        assertEquals(1, moved.getInt("summary.rejected"));
        assertThat(moved.getString("summary.rejections[0].reason"), containsString("of level 1 in Cairn"));
    }

    @Test
    @Order(4)
    void theColonMayBeSentAsItIsAsCurlAndBrowsersDo() {
        Map<String, Object> again = collection(area(0, "TQ", "Tequila", null, box(60, -50, 62, -48)));
        String id = dataManager().urlEncodingEnabled(false).contentType("application/geo+json").body(again)
                .when().post("/api/v1/admin-areas:import?level=0").then().statusCode(202).extract().path("id");
        assertEquals(1, finished(id).getInt("summary.unchanged"));
        // The batch's own answer to an empty batch shows that the request reached it.
        dataManager().urlEncodingEnabled(false).contentType("application/json").body(Map.of("reports", List.of()))
                .when().post("/api/v1/field-reports:batch").then().statusCode(422)
                .body("errors[0].field", equalTo("reports"));
    }

    @Test
    @Order(5)
    void badImportsAreRefusedBeforeAnyJobAndWriteNothing() {
        String before = fingerprint();
        Map<String, Object> good = collection(area(1, "TQ03", "Spare", "TQ", box(60, -50, 61, -48)));
        refused("", good, 400, "Give either level");
        refused("level=7", good, 400, "from 0 to 4");
        refused("level=1&levelProperty=adm", good, 400, "Give either level");
        refused("levelProperty=adm", good, 400, "pcodeProperty is needed");
        refused("level=0&parentProperty=ADM0_PCODE", good, 400, "no parent");
        refused("level=1&colour=red", good, 400, "Unknown query parameter colour");
        refused("level=1", Map.of("type", "Feature"), 400, "FeatureCollection");
        refused("level=1", Map.of("type", "FeatureCollection", "features", List.of()), 422, "no features");
        Map<String, Object> projected = new LinkedHashMap<>(good);
        projected.put("crs", Map.of("type", "name", "properties", Map.of("name", "urn:ogc:def:crs:EPSG::32636")));
        refused("level=1", projected, 422, "not WGS 84");
        dataManager().contentType("application/geo+json").body("{\"type\": \"FeatureCollection\", \"features\": [")
                .when().post(IMPORT + "?level=1").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not valid JSON"));
        as("viewer").contentType("application/geo+json").body(good).when().post(IMPORT + "?level=1")
                .then().statusCode(403).contentType("application/problem+json");
        as("operator").contentType("application/geo+json").body(good).when().post(IMPORT + "?level=1")
                .then().statusCode(403);
        assertEquals(before, fingerprint());

        dataManager().when().get("/api/v1/jobs/6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a02").then().statusCode(404)
                .contentType("application/problem+json");
        dataManager().when().get("/api/v1/admin-areas/NOWHERE").then().statusCode(404);
        dataManager().when().get("/api/v1/admin-areas?level=5").then().statusCode(400)
                .contentType("application/problem+json");
        dataManager().when().get("/api/v1/admin-areas?colour=red").then().statusCode(400);
        dataManager().when().get("/api/v1/hazard-areas?adminArea=").then().statusCode(400);
    }

    @Test
    @Order(6)
    void listsPageInPcodeOrder() {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/admin-areas?within=TQ&limit=2";
        while (next != null) {
            JsonPath page = dataManager().when().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("features.id"));
            List<String> links = page.getList("links.findAll { it.rel == 'next' }.href");
            next = links.isEmpty() ? null : links.get(0);
        }
        assertEquals(List.of("TQ", "TQ01", "TQ0101", "TQ0102", "TQ02", "TQ0201"), seen);
    }

    @Test
    @Order(7)
    void accidentsAreNamedByProvinceForThoseWhoSeeThemGeneralised() {
        // The accident lies in district TQ0201 of province TQ02 (imported by a test before).
        as("victim_assistance").when().get("/api/v1/accidents/" + accident).then()
                .body("properties.adminArea", equalTo("TQ0201"));
        as("viewer").when().get("/api/v1/accidents/" + accident).then()
                .body("properties.adminArea", equalTo("TQ02"));
        as("viewer").when().get("/api/v1/accidents?adminArea=TQ0201").then().body("features", empty());
        as("viewer").when().get("/api/v1/accidents?adminArea=TQ02").then().body("features.id", hasItem(accident));

        as("victim_assistance").when().get("/api/v1/statistics/casualties?adminArea=TQ0201&groupBy=adminArea")
                .then().statusCode(200).body("cells.adminArea", equalTo(List.of("TQ0201")));
        as("viewer").when().get("/api/v1/statistics/casualties?adminArea=TQ0201&groupBy=adminArea").then()
                .statusCode(200).body("cells", empty());
        // Keys of 0 round every count of these casualties up, so that their cell shows for a viewer.
        Database.execute(dataSource, "UPDATE casualty SET record_key = 0 WHERE accident_id = '" + accident + "'");
        as("viewer").when().get("/api/v1/statistics/casualties?adminArea=TQ&groupBy=adminArea").then()
                .statusCode(200).body("cells.adminArea", equalTo(List.of("TQ02")));
    }

    /** What PostGIS would read as something else, or let pass, is refused feature by feature, with why. */
    @Test
    @Order(8)
    void geometriesAndNamesPostGisWouldTakeAreRefusedOneByOne() {
        Map<String, Object> strings = area(1, "TQ04", "Strings", "TQ", Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of("60", -50), List.of(61, -50), List.of(61, -49), List.of("60", -50)))));
        Map<String, Object> ownCrs = area(1, "TQ05", "Own crs", "TQ", Map.of("type", "Polygon", "crs",
                Map.of("type", "name", "properties", Map.of("name", "EPSG:32636")), "coordinates",
                List.of(List.of(List.of(60, -50), List.of(61, -50), List.of(61, -49), List.of(60, -50)))));
        Map<String, Object> empty = area(1, "TQ06", "Empty", "TQ", Map.of("type", "Polygon", "coordinates",
                List.of()));
        Map<String, Object> nul = area(1, "TQ07", "Nul\u0000name", "TQ", box(60, -50, 61, -49));
        JsonPath faults = imported("level=1", collection(strings, ownCrs, empty, nul));
        assertEquals(4, faults.getInt("summary.rejected"));
        assertEquals(List.of("Its geometry has a coordinate written as text; coordinates are numbers.",
                "Its geometry names a crs of its own; the file's areas are in WGS 84 longitude and latitude, with no "
                        + "crs but the file's.", "Its geometry is empty.",
                "Its name contains a control character (U+0000), which Cairn does not take."),
                faults.getList("summary.rejections.reason"));
    }

    private void refused(String query, Map<String, Object> body, int status, String detail) {
        dataManager().contentType("application/geo+json").body(body).when().post(query.isEmpty() ? IMPORT : IMPORT + "?" + query)
                .then().statusCode(status).contentType("application/problem+json")
                .body("detail", containsString(detail));
    }

    private String fingerprint() {
        return Database.single(dataSource, "SELECT (SELECT count(*) FROM admin_area) || '/' || (SELECT count(*) "
                + "FROM job) || '/' || (SELECT max(updated_at) FROM admin_area)");
    }

    private List<String> hazardsIn(String pcodes) {
        List<String> ids = dataManager().queryParam("adminArea", pcodes).queryParam("q", NAME)
                .when().get("/api/v1/hazard-areas").then().statusCode(200).extract().path("features.id");
        return ids.stream().sorted().toList();
    }

    /** Posts an import, follows its job to the end and checks that it is done. */
    private static JsonPath imported(String query, Map<String, Object> collection) {
        ValidatableResponse accepted = dataManager().contentType("application/geo+json").body(collection)
                .when().post(IMPORT + "?" + query).then().statusCode(202)
                .body("kind", equalTo("ADMIN_AREA_IMPORT"));
        String location = accepted.extract().header("Location");
        String id = accepted.extract().path("id");
        assertThat(location, containsString("/api/v1/jobs/" + id));
        JsonPath job = finished(id);
        assertEquals(job.getLong("total"), job.getLong("done"));
        if (job.getString("summary.assignmentJob") != null) {
            finished(job.getString("summary.assignmentJob"));
        }
        return job;
    }
}
