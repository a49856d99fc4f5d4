package org.cairn.ogc;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Commands;
import org.cairn.support.Database;
import org.junit.jupiter.api.Test;

/** OGC API Features Part 4 on hazard areas, as QGIS edits a layer: no If-Match unless it has one. */
@QuarkusTest
class OgcWriteTest {

    private static final String ITEMS = "/ogc/collections/hazard-areas/items";
    private static final String GEO_JSON = "application/geo+json";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFeatureIsRecordedChangedAndDeletedWithoutIfMatch() {
        String name = uniqueName("ogc-write");
        String location = dataManager().contentType(GEO_JSON).body(hazard(name, square(30.0, 10.0, 0.01)))
                .when().post(ITEMS).then().statusCode(201)
                .contentType(equalTo(GEO_JSON))
                .header("ETag", containsString("\""))
                .body("properties.name", equalTo(name))
                .extract().header("Location");
        String path = location.substring(location.indexOf("/ogc/"));

        Map<String, Object> replacement = hazard(name + "-replaced", square(30.0, 10.0, 0.02));
        dataManager().contentType(GEO_JSON).body(replacement).when().put(path).then().statusCode(200)
                .body("properties.name", equalTo(name + "-replaced"))
                .body("properties.version", equalTo(2));
        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("classification", "CHA", "contaminationTypes", List.of("AV_MINE"))))
                .when().patch(path).then().statusCode(200)
                .body("properties.classification", equalTo("CHA"))
                .body("properties.name", equalTo(name + "-replaced"));
        dataManager().when().delete(path).then().statusCode(204);
        dataManager().when().get(path).then().statusCode(404);
    }

    @Test
    void aFeatureGdalCopiedOutComesBackInWithItsIdAmongItsProperties() throws IOException {
        String original = created(uniqueName("gdal-round-trip"));
        Path folder = Files.createTempDirectory("cairn-round-trip");
        String geoPackage = folder.resolve("hazards.gpkg").toString();
        Files.write(Path.of(geoPackage), dataManager().when().get("/api/v1/exports/hazard-areas?format=gpkg").then()
                .statusCode(200).extract().asByteArray());
        String copied = folder.resolve("hazards.geojson").toString();
        Commands.run("", "ogr2ogr", "-f", "GeoJSON", "-lco", "RFC7946=YES", "-where", "id = '" + original + "'",
                copied, geoPackage);
        Map<String, Object> feature = new JsonPath(Files.readString(Path.of(copied)))
                .<Map<String, Object>>getList("features").get(0);
        assertEquals(original, properties(feature).get("id"), "GDAL carries the id among the properties");

        // Back into the same Cairn, it is the record it was copied from: a change is a PUT.
        dataManager().contentType(GEO_JSON).body(feature).when().post(ITEMS).then().statusCode(409)
                .body("detail", containsString("PUT"));
        String copy = UUID.randomUUID().toString();
        properties(feature).put("id", copy);
        properties(feature).put("name", uniqueName("gdal-copy"));
        dataManager().contentType(GEO_JSON).body(feature).when().post(ITEMS).then().statusCode(201)
                .header("Content-Crs", equalTo("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>"))
                .body("id", equalTo(copy));
        feature.put("id", UUID.randomUUID().toString());
        dataManager().contentType(GEO_JSON).body(feature).when().post(ITEMS).then().statusCode(422)
                .body("errors[0].field", equalTo("properties.id"));
    }

    @Test
    void everyAnswerWithGeometryNamesItsCrs() {
        String crs84 = "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>";
        String id = dataManager().contentType(GEO_JSON).body(hazard(uniqueName("content-crs"), square(30.2, 10.2, 0.01)))
                .when().post("/api/v1/hazard-areas").then().statusCode(201).header("Content-Crs", equalTo(crs84))
                .extract().path("id");
        dataManager().when().get("/api/v1/hazard-areas/" + id).then().statusCode(200)
                .header("Content-Crs", equalTo(crs84));
        dataManager().when().get("/api/v1/hazard-areas?limit=1").then().statusCode(200)
                .header("Content-Crs", equalTo(crs84));
        dataManager().when().get(ITEMS + "/" + id + "?crs=http://www.opengis.net/def/crs/EPSG/0/3857").then()
                .statusCode(200).header("Content-Crs", equalTo("<http://www.opengis.net/def/crs/EPSG/0/3857>"));
        dataManager().when().get("/api/v1/organisations").then().statusCode(200)
                .header("Content-Crs", nullValue());
    }

    @Test
    void ifMatchIsHonouredWhenSent() {
        String path = ITEMS + "/" + created(uniqueName("ogc-if-match"));
        String etag = dataManager().when().get(path).then().statusCode(200).extract().header("ETag");
        String before = Database.hazardAreaFingerprint(dataSource);
        dataManager().header("If-Match", "\"999\"").contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("priority", "HIGH"))).when().patch(path).then().statusCode(412)
                .contentType("application/problem+json");
        dataManager().header("If-Match", "\"999\"").when().delete(path).then().statusCode(412);
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
        dataManager().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("priority", "HIGH"))).when().patch(path).then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void aBodyInAnotherCrsIsTransformedToCrs84() {
        String name = uniqueName("ogc-utm");
        List<List<Double>> ring = List.of(List.of(500000.0, 1028019.613), List.of(501000.0, 1028019.613),
                List.of(501000.0, 1029019.613), List.of(500000.0, 1029019.613), List.of(500000.0, 1028019.613));
        Map<String, Object> feature = hazard(name, Map.of("type", "Polygon", "coordinates", List.of(ring)));
        String id = dataManager().contentType(GEO_JSON).header("Content-Crs",
                        "<http://www.opengis.net/def/crs/EPSG/0/32636>").body(feature)
                .when().post(ITEMS).then().statusCode(201).extract().path("id");
        JsonPath stored = dataManager().when().get(ITEMS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(33.0, stored.getDouble("geometry.coordinates[0][0][0][0]"), 1e-7);
        assertEquals(9.3, stored.getDouble("geometry.coordinates[0][0][0][1]"), 1e-7);

        Map<String, Object> latitudeFirst = hazard(name + "-lat", square(9.3, 33.0, 0.01));
        String flipped = dataManager().contentType(GEO_JSON)
                .header("Content-Crs", "http://www.opengis.net/def/crs/EPSG/0/4326").body(latitudeFirst).when().post(ITEMS).then().statusCode(201).extract().path("id");
        JsonPath unflipped = dataManager().when().get(ITEMS + "/" + flipped).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(33.0, unflipped.getDouble("geometry.coordinates[0][0][0][0]"), 1e-12);
        assertEquals(9.3, unflipped.getDouble("geometry.coordinates[0][0][0][1]"), 1e-12);
    }

    @Test
    void badWritesAreRefusedAndChangeNothing() {
        String path = ITEMS + "/" + created(uniqueName("ogc-bad-write"));
        String before = Database.hazardAreaFingerprint(dataSource);
        Map<String, Object> feature = hazard(uniqueName("ogc-bad"), square(30.0, 12.0, 0.01));

        dataManager().contentType(GEO_JSON).header("Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/2154>")
                .body(feature).when().post(ITEMS).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("2154"));
        dataManager().contentType(GEO_JSON).header("Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/32636>")
                .body(Map.of("type", "Feature", "geometry", Map.of("type", "Polygon", "coordinates", "nonsense"),
                        "properties", Map.of("name", "x")))
                .when().post(ITEMS).then().statusCode(422).contentType("application/problem+json");
        dataManager().contentType(GEO_JSON).body("{\"type\": \"Feature\", ").when().post(ITEMS).then().statusCode(400);
        dataManager().contentType(GEO_JSON).body(Map.of("type", "Feature", "properties", Map.of()))
                .when().put(path).then().statusCode(422);
        dataManager().contentType(GEO_JSON).body(accident("MINE", 30.0, 12.0))
                .when().post("/ogc/collections/accidents/items").then().statusCode(405)
                .contentType("application/problem+json");
        as("viewer").contentType(GEO_JSON).body(feature).when().post(ITEMS).then().statusCode(403);
        as("viewer").when().delete(path).then().statusCode(403);
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    @Test
    void optionsSaysWhatTheCallerMayDo() {
        String item = ITEMS + "/" + created(uniqueName("ogc-options"));
        dataManager().when().options(ITEMS).then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS, POST");
        dataManager().when().options(item).then().statusCode(200)
                .header("Allow", "GET, HEAD, OPTIONS, PUT, PATCH, DELETE");
        as("viewer").when().options(ITEMS).then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS");
        as("viewer").when().options(item).then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS");
        dataManager().when().options("/ogc/collections/accidents/items").then().statusCode(200)
                .header("Allow", "GET, HEAD, OPTIONS");
    }

    private static String created(String name) {
        return dataManager().contentType(GEO_JSON).body(hazard(name, square(30.0, 11.0, 0.01))).when().post(ITEMS)
                .then().statusCode(201).extract().path("id");
    }
}
