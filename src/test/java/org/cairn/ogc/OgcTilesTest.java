package org.cairn.ogc;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cairn.support.Commands;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/** Vector tiles in WebMercatorQuad, decoded by GDAL's MVT driver as a web map would draw them. */
@QuarkusTest
class OgcTilesTest {

    private static final String TILES = "/ogc/collections/hazard-areas/tiles/WebMercatorQuad/";

    @Test
    void tileMatrixSetsAndTilesetsDescribeTheTiles() {
        as("viewer").when().get("/ogc/tileMatrixSets").then().statusCode(200)
                .body("tileMatrixSets.id", hasItems("WebMercatorQuad"));
        as("viewer").when().get("/ogc/tileMatrixSets/WebMercatorQuad").then().statusCode(200)
                .body("crs", equalTo("http://www.opengis.net/def/crs/EPSG/0/3857"))
                .body("tileMatrices[10].matrixWidth", equalTo(1024));
        as("viewer").when().get("/ogc/collections/hazard-areas/tiles/WebMercatorQuad").then().statusCode(200)
                .body("dataType", equalTo("vector"))
                .body("layers[0].id", equalTo("hazard-areas"))
                .body("links.find { it.rel == 'item' }.href", containsString("{tileMatrix}/{tileRow}/{tileCol}"));
        as("viewer").when().get("/ogc/tiles/WebMercatorQuad").then().statusCode(200)
                .body("layers.id", hasItems("hazard-areas", "land-release", "activities", "device-findings",
                        "survey-points", "accidents"));
        as("viewer").when().get("/ogc/tileMatrixSets/WorldCRS84Quad").then().statusCode(404);
    }

    @Test
    void aTileDecodesToItsFeaturesWithTheirStylingProperties() throws IOException {
        String name = uniqueName("tile");
        Map<String, Object> feature = hazard(name, square(24.001, 24.001, 0.01));
        properties(feature).put("priority", "HIGH");
        String id = Records.hazardArea(feature);
        int z = 12;
        int x = column(24.006, z);
        int y = row(24.006, z);

        byte[] tile = as("viewer").when().get(TILES + z + "/" + y + "/" + x).then().statusCode(200)
                .contentType("application/vnd.mapbox-vector-tile")
                .header("Cache-Control", containsString("max-age"))
                .extract().asByteArray();
        String decoded = decode(tile, z, x, y);

        assertTrue(decoded.contains("Layer name: hazard-areas"), decoded);
        assertTrue(decoded.contains("id (String) = " + id), decoded);
        assertTrue(decoded.contains("name (String) = " + name), decoded);
        assertTrue(decoded.contains("classification (String) = SHA"), decoded);
        assertTrue(decoded.contains("priority (String) = HIGH"), decoded);
        // 24.001 degrees east is 2 671 780 m in Web Mercator; a tile pixel here is about 2 m.
        assertTrue(decoded.contains("Extent: (26717"), decoded);
        assertTrue(decoded.contains("POLYGON ((267"), decoded);
        assertFalse(decoded.contains("landowner"), decoded);

        String world = decode(as("viewer").when().get(TILES + "0/0/0").then().statusCode(200).extract()
                .asByteArray(), 0, 0, 0);
        int at = world.indexOf("id (String) = " + id);
        assertTrue(at > 0, "a hazard smaller than a pixel stays on the map");
        String drawn = world.substring(at, world.indexOf("\n\n", at));
        assertTrue(drawn.contains("POINT ("), drawn);
    }

    private static String decode(byte[] tile, int z, int x, int y) throws IOException {
        Path file = Files.createTempDirectory("cairn-tile").resolve(z + "/" + x + "/" + y + ".pbf");
        Files.createDirectories(file.getParent());
        Files.write(file, tile);
        return Commands.run(Tokens.token("viewer"), "ogrinfo", "-ro", "-al", file.toString());
    }

    @Test
    void emptyTilesAreNoContentAndTilesAreCached() {
        as("viewer").when().get(TILES + "18/" + row(-75.4567, 18) + "/" + column(-150.1234, 18)).then()
                .statusCode(204);
        Records.hazardArea(hazard(uniqueName("tile-etag"), square(25.001, 25.001, 0.01)));
        String tile = TILES + "10/" + row(25.006, 10) + "/" + column(25.006, 10);
        String etag = as("viewer").when().get(tile).then().statusCode(200).extract().header("ETag");
        as("viewer").header("If-None-Match", etag).when().get(tile).then().statusCode(304);
        as("viewer").when().get("/ogc/tiles/WebMercatorQuad/10/" + row(25.006, 10) + "/" + column(25.006, 10))
                .then().statusCode(200).contentType("application/vnd.mapbox-vector-tile");
    }

    @Test
    void tilesAreReadLikeFeatures() {
        anonymous().when().get(TILES + "0/0/0").then().statusCode(401);
        as("viewer").when().get(TILES + "3/8/0").then().statusCode(404).contentType("application/problem+json");
        as("viewer").when().get(TILES + "25/0/0").then().statusCode(404);
        as("viewer").when().get(TILES + "0/0/0?colour=red").then().statusCode(400);
        as("viewer").when().get("/ogc/collections/minefields/tiles/WebMercatorQuad/0/0/0").then().statusCode(404);
    }

    @Test
    void aCollectionsTileDrawsWhatItsFiltersSelect() throws IOException {
        Map<String, Object> high = hazard(uniqueName("tile-high"), square(26.001, 26.001, 0.004));
        properties(high).put("priority", "HIGH");
        String highId = Records.hazardArea(high);
        Map<String, Object> bravo = hazard(uniqueName("tile-bravo"), square(26.006, 26.001, 0.004));
        properties(bravo).put("reportingOrganisationId", Organisations.BRAVO);
        properties(bravo).put("dateOfInformation", "2025-03-01");
        String bravoId = Records.hazardArea(bravo);
        int z = 12;
        String tile = TILES + z + "/" + row(26.003, z) + "/" + column(26.005, z);

        String both = decode(as("viewer").when().get(tile).then().statusCode(200).extract().asByteArray(), z,
                column(26.005, z), row(26.003, z));
        String ofBravo = decode(as("viewer").queryParam("reportingOrganisationId", Organisations.BRAVO).when()
                .get(tile).then().statusCode(200).extract().asByteArray(), z, column(26.005, z), row(26.003, z));
        String highOnly = decode(as("viewer").queryParam("filter", "priority = 'HIGH'").when().get(tile).then()
                .statusCode(200).extract().asByteArray(), z, column(26.005, z), row(26.003, z));

        assertTrue(both.contains(highId) && both.contains(bravoId), both);
        assertTrue(ofBravo.contains(bravoId) && !ofBravo.contains(highId), ofBravo);
        assertTrue(highOnly.contains(highId) && !highOnly.contains(bravoId), highOnly);
        as("viewer").queryParam("datetime", "2025-01-01/2025-12-31").when().get(tile).then().statusCode(200);
        as("viewer").queryParam("datetime", "2020-01-01/2020-12-31").when().get(tile).then().statusCode(204);
    }

    @Test
    void aTileRefusesFiltersItDoesNotKnow() {
        String tile = TILES + "12/1000/2000";
        as("viewer").queryParam("status", "MOLTEN").when().get(tile).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("status"));
        as("viewer").queryParam("filter", "priority = ").when().get(tile).then().statusCode(400)
                .body("detail", containsString("filter"));
        as("viewer").queryParam("limit", "5").when().get(tile).then().statusCode(400)
                .body("detail", containsString("limit"));
        as("viewer").queryParam("datetime", "yesterday").when().get(tile).then().statusCode(400)
                .body("detail", containsString("datetime"));
        as("viewer").queryParam("adminArea", "ZQ9999").when().get(tile).then().statusCode(400)
                .body("detail", containsString("adminArea"));
        as("viewer").queryParam("status", "OPEN").when().get("/ogc/tiles/WebMercatorQuad/0/0/0").then()
                .statusCode(400);
    }

    private static int column(double longitude, int z) {
        return (int) Math.floor((longitude + 180) / 360 * (1 << z));
    }

    private static int row(double latitude, int z) {
        double radians = Math.toRadians(latitude);
        return (int) Math.floor((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2 * (1 << z));
    }
}
