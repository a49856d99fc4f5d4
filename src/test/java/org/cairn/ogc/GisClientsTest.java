package org.cairn.ogc;

import static io.restassured.RestAssured.given;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.support.Commands;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/** GDAL and OWSLib, unmodified and with nothing configured but a token, read Cairn's OGC API. */
@QuarkusTest
class GisClientsTest {

    /** A layer's name and count, and its extent where it has one (an empty collection has none). */
    private static final Pattern FEATURE_COUNT = Pattern.compile(
            "Layer name: ([\\w-]+)\\R(?:.*\\R)*?Feature Count: (\\d+)\\R(?:Extent: \\((-?[\\d.]+), (-?[\\d.]+)\\))?");

    @TestHTTPResource("/ogc")
    URL ogc;

    @Test
    void ogrinfoListsEveryCollectionWithItsCountAndExtent() {
        Records.hazardArea(hazard(uniqueName("ogrinfo"), square(21.0, 21.0, 0.05)));
        String report = Commands.run(Tokens.token("data_manager"), "ogrinfo", "-ro", "-al", "-so", "OAPIF:" + ogc);

        Map<String, Long> counts = new HashMap<>();
        Matcher layer = FEATURE_COUNT.matcher(report);
        while (layer.find()) {
            counts.put(layer.group(1), Long.parseLong(layer.group(2)));
            assertTrue(layer.group(3) == null ? counts.get(layer.group(1)) == 0
                    : Double.parseDouble(layer.group(3)) >= -180.0, report);
        }
        assertEquals(Set.of("hazard-areas", "land-release", "activities", "device-findings", "survey-points",
                "accidents", "eore-sessions", "eore-campaigns", "monitoring-visits", "post-clearance-inspections"), counts.keySet(), report);
        counts.forEach((collection, count) -> assertEquals(matched(collection), count.longValue(), collection));
    }

    /**
     * QGIS and GDAL cannot send a bearer token without plug-ins; with an API key as the password of
     * HTTP Basic they read every protected collection. QGIS here is Debian's, headless.
     */
    @Test
    void qgisAndGdalReadWithAnApiKeyThroughBasic() throws IOException {
        Map<String, Object> confirmed = hazard(uniqueName("qgis"), square(21.3, 21.3, 0.01));
        properties(confirmed).put("classification", "CHA");
        Records.hazardArea(confirmed);
        String key = as("admin").contentType("application/json")
                .body(Map.of("name", uniqueName("QGIS desk"), "organisation", Organisations.AUTHORITY,
                        "roles", List.of("viewer")))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
        long all = matched("hazard-areas");
        long cha = as("viewer").queryParam("classification", "CHA").queryParam("limit", 1).when()
                .get("/ogc/collections/hazard-areas/items").then().statusCode(200).extract().jsonPath()
                .getLong("numberMatched");

        String report = Commands.runWith(Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "qgis:" + key),
                "ogrinfo", "-ro", "-so", "OAPIF:" + ogc, "hazard-areas");
        assertTrue(report.contains("Feature Count: " + all), report);

        String qgis = Commands.runWith(Map.of("QT_QPA_PLATFORM", "offscreen"), "/usr/bin/python3",
                Path.of("target", "test-classes", "gis", "qgis_oapif.py").toString(), ogc.toString(), "hazard-areas",
                "qgis", key, "\"classification\" = 'CHA'");
        JsonPath seen = new JsonPath(qgis.substring(qgis.lastIndexOf("\n{") + 1));
        assertTrue(seen.getBoolean("valid"), qgis);
        assertEquals(all, seen.getLong("count"), qgis);
        assertEquals(cha, seen.getLong("matching"), qgis);
        assertTrue(seen.getList("fields").containsAll(List.of("name", "classification", "status")), qgis);

        given().auth().preemptive().basic("qgis", key + "x").when()
                .get("/ogc/collections/hazard-areas/items").then().statusCode(401);
    }

    @Test
    void ogr2ogrCopiesHazardAreasIntoAGeoPackageWithTheSameAreas() throws IOException {
        Records.hazardArea(hazard(uniqueName("ogr2ogr"), Features.polygon(Features.ring(21.1, 21.1, 21.2, 21.2),
                Features.ring(21.12, 21.12, 21.15, 21.15))));
        Path folder = Files.createTempDirectory("cairn-gdal");
        String geoPackage = folder.resolve("hazards.gpkg").toString();
        String token = Tokens.token("data_manager");
        Commands.run(token, "ogr2ogr", "-f", "GPKG", geoPackage, "OAPIF:" + ogc, "hazard-areas");
        String copied = folder.resolve("hazards.geojson").toString();
        Commands.run(token, "ogr2ogr", "-f", "GeoJSON", "-lco", "RFC7946=YES", copied, geoPackage);

        Map<String, Double> areas = new HashMap<>();
        for (Map<String, Object> feature : new JsonPath(Files.readString(Path.of(copied)))
                .<Map<String, Object>>getList("features")) {
            areas.put((String) properties(feature).get("id"), ((Number) properties(feature).get("areaM2")).doubleValue());
        }
        JsonPath api = as("data_manager").when().get("/ogc/collections/hazard-areas/items?limit=10000").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = api.getList("features.id");
        assertEquals(Set.copyOf(ids), areas.keySet());
        for (int i = 0; i < ids.size(); i++) {
            double expected = api.getDouble("features[" + i + "].properties.areaM2");
            assertEquals(expected, areas.get(ids.get(i)), expected * 0.001, ids.get(i));
        }
        String measured = Commands.run(token, "ogrinfo", "-ro", "-q", "-dialect", "SQLite", "-sql",
                "SELECT sum(ST_Area(geom, 1)) / sum(areaM2) AS ratio FROM \"hazard-areas\"", geoPackage);
        Matcher ratio = Pattern.compile("ratio \\(Real\\) = ([\\d.]+)").matcher(measured);
        assertTrue(ratio.find(), measured);
        assertEquals(1.0, Double.parseDouble(ratio.group(1)), 0.001, "areas GDAL measures on the ellipsoid");
    }

    @Test
    void coordinatesAskedInUtmRoundTripThroughProj() throws IOException {
        String id = Records.hazardArea(hazard(uniqueName("utm"), square(33.2, 9.4, 0.01)));
        Path folder = Files.createTempDirectory("cairn-utm");
        String utm = folder.resolve("utm.geojson").toString();
        Files.writeString(Path.of(utm), as("data_manager").when()
                .get("/ogc/collections/hazard-areas/items/" + id + "?crs=http://www.opengis.net/def/crs/EPSG/0/32636")
                .then().statusCode(200).extract().asString());
        String back = folder.resolve("back.geojson").toString();
        Commands.run("", "ogr2ogr", "-f", "GeoJSON", "-s_srs", "EPSG:32636", "-t_srs", "OGC:CRS84",
                "-lco", "COORDINATE_PRECISION=9", back, utm);

        JsonPath projected = new JsonPath(Files.readString(Path.of(back)));
        JsonPath original = as("data_manager").when().get("/ogc/collections/hazard-areas/items/" + id).then()
                .statusCode(200).extract().jsonPath();
        for (int corner = 0; corner < 5; corner++) {
            for (int axis = 0; axis < 2; axis++) {
                String coordinate = "[0][0][" + corner + "][" + axis + "]";
                assertEquals(original.getDouble("geometry.coordinates" + coordinate),
                        projected.getDouble("features[0].geometry.coordinates" + coordinate), 1e-8, coordinate);
            }
        }
    }

    @Test
    void owslibReadsConformanceCollectionsAndItems() {
        String name = uniqueName("owslib");
        String inBox = Records.hazardArea(hazard(name + "-sha", square(20.05, 20.05, 0.01)));
        Map<String, Object> confirmed = hazard(name + "-cha", square(22.0, 22.0, 0.01));
        properties(confirmed).put("classification", "CHA");
        properties(confirmed).put("contaminationTypes", List.of("AP_MINE"));
        String filtered = Records.hazardArea(confirmed);
        String script = Path.of("src/test/resources/clients/owslib_check.py").toAbsolutePath().toString();

        JsonPath seen = new JsonPath(Commands.run("", "/usr/bin/python3", script, ogc.toString(),
                Tokens.token("data_manager"), name));

        assertTrue(seen.getList("conformsTo").contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"));
        assertEquals(List.of("hazard-areas", "land-release", "activities", "device-findings", "survey-points",
                "accidents", "eore-sessions", "eore-campaigns", "monitoring-visits", "post-clearance-inspections"), seen.getList("collections"));
        assertEquals(seen.getList("collections"), seen.getList("featureCollections"));
        assertTrue(seen.getList("queryables").containsAll(List.of("classification", "geometry", "name")));
        assertTrue(seen.getList("inBox").contains(inBox));
        assertEquals(List.of(filtered), seen.getList("filtered"));
    }

    private static long matched(String collection) {
        return as("data_manager").when().get("/ogc/collections/" + collection + "/items?limit=1").then()
                .statusCode(200).extract().jsonPath().getLong("numberMatched");
    }
}
