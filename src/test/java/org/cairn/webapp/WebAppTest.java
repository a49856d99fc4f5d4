package org.cairn.webapp;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.device;
import static org.cairn.support.Features.eoreSession;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.release;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.cairn.support.Browser;
import org.cairn.support.Database;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * The map and dashboards at /, in Debian's headless Chromium as a person uses them: signed in with
 * the development sign-in, looked at, clicked, filtered. After each test the console holds no error
 * and no request went anywhere but Cairn.
 */
@QuarkusTest
class WebAppTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path IMAGES = Path.of("src", "docs", "images");
    /** A corner of the map no other test draws on. */
    private static final double WEST = 40.0;
    private static final double SOUTH = 15.0;
    private static final String LANDOWNER = "Restricted landowner Amadou";

    private static Browser browser;
    private static Map<String, String> places;

    @TestHTTPResource("/")
    URL root;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(1280, 800);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void recordPlaces() {
        if (places != null) {
            return;
        }
        places = new HashMap<>();
        // A district of its own around the corner, for the risk education coverage.
        Database.execute(dataSource, """
                INSERT INTO admin_area (pcode, name, level, parent_pcode, lineage, geom, created_at, updated_at)
                VALUES ('ZW', 'Whiskeyland', 0, NULL, '{ZW}', ST_Multi(ST_MakeEnvelope(39.9, 14.9, 40.1, 15.1, 4326)),
                        now(), now()),
                       ('ZW01', 'Whiskey Province', 1, 'ZW', '{ZW,ZW01}',
                        ST_Multi(ST_MakeEnvelope(39.9, 14.9, 40.1, 15.1, 4326)), now(), now()),
                       ('ZW0101', 'Whiskey District', 2, 'ZW01', '{ZW,ZW01,ZW0101}',
                        ST_Multi(ST_MakeEnvelope(39.9, 14.9, 40.1, 15.1, 4326)), now(), now())
                ON CONFLICT (pcode) DO NOTHING""");
        String session = Records.eoreSession(eoreSession(WEST + 0.035, SOUTH + 0.005, Organisations.ALPHA, 12, 9, 7,
                5));
        places.put("sessionLocalId", dataManager().when().get("/api/v1/eore-sessions/" + session).then()
                .statusCode(200).extract().path("properties.localId"));
        Map<String, Object> alpha = hazard(uniqueName("Well field"), square(WEST, SOUTH, 0.01));
        properties(alpha).put("classification", "CHA");
        properties(alpha).put("priority", "HIGH");
        properties(alpha).put("landowner", LANDOWNER);
        places.put("alpha", Records.hazardArea(alpha));
        Map<String, Object> bravo = hazard(uniqueName("River crossing"), square(WEST + 0.02, SOUTH, 0.01));
        properties(bravo).put("reportingOrganisationId", Organisations.BRAVO);
        places.put("bravo", Records.hazardArea(bravo));
        places.put("alphaLocalId", localId(places.get("alpha")));
        places.put("bravoLocalId", localId(places.get("bravo")));
        String activity = Records.activity(activity(uniqueName("Clearance"), "CLEARANCE", Organisations.ALPHA,
                places.get("alpha")));
        Records.release(activity, release(places.get("alpha"), "CLEARED", square(WEST, SOUTH, 0.004)));
        Map<String, Object> mine = device(WEST + 0.002, SOUTH + 0.002, "AP_MINE", 3);
        properties(mine).put("disposalMethod", "DESTROYED_IN_SITU");
        dataManager().contentType("application/geo+json").body(mine).when()
                .post("/api/v1/activities/" + activity + "/devices").then().statusCode(201);
        String accidentId = Records.accident(accident("MINE", WEST + 0.013, SOUTH + 0.004));
        Records.casualty(casualty(accidentId, "INJURED", "FEMALE", 34));
    }

    private static String localId(String hazardId) {
        return dataManager().when().get("/api/v1/hazard-areas/" + hazardId).then().statusCode(200).extract()
                .path("properties.localId");
    }

    @AfterEach
    void nothingLeftTheOriginAndTheConsoleIsClean() {
        String origin = root.getProtocol() + "://" + root.getAuthority();
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(entry => entry.name);");
        requested.forEach(address -> assertTrue(address.startsWith(origin) || address.startsWith("blob:" + origin)
                || address.startsWith("data:"), address));
        List<LogEntry> errors = browser.console().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), errors.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n")));
    }

    private void signIn(String role, String organisation) {
        browser.driver().get(root.toString());
        browser.script("sessionStorage.clear();");
        browser.driver().navigate().refresh();
        browser.await(WAIT, driver -> driver.findElement(By.id("sign-in-role")).isDisplayed());
        new Select(element("sign-in-role")).selectByValue(role);
        new Select(element("sign-in-organisation")).selectByValue(organisation);
        element("sign-in-submit").click();
        browser.await(WAIT, driver -> driver.findElement(By.id("views")).isDisplayed());
    }

    private WebElement element(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private void awaitMap() {
        browser.await(WAIT, driver -> browser.script("return Boolean(window.cairn && window.cairn.map "
                + "&& document.getElementById('filter-status'));"));
    }

    /** Signs in as the role of the national authority and shows the test's hazard areas on the map. */
    private void openMap(String role) {
        signIn(role, Organisations.AUTHORITY);
        awaitMap();
        show(WEST - 0.01, SOUTH - 0.01, WEST + 0.04, SOUTH + 0.02);
        awaitDrawn(places.get("alphaLocalId"), WEST + 0.008, SOUTH + 0.008, true);
    }

    /** Shows the place, then waits until the map has drawn the tiles of every layer there. */
    private void show(double west, double south, double east, double north) {
        browser.script("const view = cairn.map.getView();"
                + "view.fit(ol.proj.transformExtent(arguments[0], 'EPSG:4326', 'EPSG:3857'));", List.of(west, south,
                        east, north));
        browser.await(WAIT, driver -> browser.script("return cairn.map.getView().getAnimating() === false "
                + "&& document.querySelectorAll('.ol-layer canvas').length > 0;"));
        browser.script("cairn.map.renderSync();");
    }

    /** Local ids of a collection's features that OpenLayers drew at a place, as a click there finds them. */
    @SuppressWarnings("unchecked")
    private List<String> drawnAt(String collection, double longitude, double latitude) {
        return (List<String>) browser.script("cairn.map.renderSync();"
                + "const pixel = cairn.map.getPixelFromCoordinate(ol.proj.fromLonLat(arguments[1]));"
                + "return cairn.map.getFeaturesAtPixel(pixel, { layerFilter: layer => layer.get('collection') === "
                + "arguments[0] }).map(f => f.get('localId'));", collection, List.of(longitude, latitude));
    }

    private void awaitDrawn(String localId, double longitude, double latitude, boolean wanted) {
        browser.await(WAIT, driver -> drawnAt("hazard-areas", longitude, latitude).contains(localId) == wanted);
    }

    @Test
    void theMapDrawsTheHazardAreasAndAClickOpensTheirDetailsAndHistory() {
        openMap("data_manager");
        awaitDrawn(places.get("bravoLocalId"), WEST + 0.028, SOUTH + 0.008, true);

        clickAt(WEST + 0.007, SOUTH + 0.007);

        browser.await(WAIT, driver -> element("details-title").getText().contains(places.get("alphaLocalId")));
        assertEquals(LANDOWNER, landowner(), "a data manager sees the landowner");
        String details = element("details").getText();
        assertTrue(details.contains("History") && details.contains("Create"), details);
        assertEquals(List.of(), lowContrast());
        browser.screenshot(IMAGES.resolve("map.png"));
    }

    @Test
    void riskEducationSessionsAndTheirCoverageAreOnTheMap() {
        openMap("viewer");
        browser.await(WAIT, driver -> drawnAt("eore-sessions", WEST + 0.035, SOUTH + 0.005)
                .contains(places.get("sessionLocalId")));

        element("layer-risk-education-coverage-people-reached-per-district-").click();
        Number reached = as("viewer").when().get("/api/v1/statistics/risk-education?adminArea=ZW0101&adminLevel=2"
                + "&groupBy=adminArea").then().statusCode(200).extract().path("cells[0].beneficiaries");
        String coverage = "const layer = cairn.map.getLayers().getArray().find(l => l.get('coverage'));"
                + "const district = layer.getSource().getFeatures().find(f => f.get('pcode') === 'ZW0101');"
                + "return district ? district.get('beneficiaries') : null;";
        browser.await(WAIT, driver -> browser.script(coverage) != null);
        assertEquals(reached.longValue(), ((Number) browser.script(coverage)).longValue());
        assertTrue(reached.longValue() >= 33, "the session's 33 people are among those reached");
    }

    @Test
    void theMapWorksWithAKeyboard() {
        openMap("viewer");
        browser.script("cairn.map.getView().setCenter(ol.proj.fromLonLat(arguments[0]));",
                List.of(WEST + 0.028, SOUTH + 0.008));
        awaitDrawn(places.get("bravoLocalId"), WEST + 0.028, SOUTH + 0.008, true);
        double zoom = ((Number) browser.script("return cairn.map.getView().getZoom();")).doubleValue();

        element("map").sendKeys(Keys.ENTER);
        browser.await(WAIT, driver -> element("details-title").getText().contains(places.get("bravoLocalId")));
        element("map").sendKeys("+");
        browser.await(WAIT, driver -> ((Number) browser.script("return cairn.map.getView().getZoom();"))
                .doubleValue() > zoom);
        double east = centreLongitude();
        element("map").sendKeys(Keys.ARROW_RIGHT);
        browser.await(WAIT, driver -> centreLongitude() > east);
    }

    private double centreLongitude() {
        return ((Number) browser.script("return ol.proj.toLonLat(cairn.map.getView().getCenter())[0];")).doubleValue();
    }

    /** Texts under WCAG AA contrast, by a script that reads the page's computed colours. */
    @SuppressWarnings("unchecked")
    private static List<String> lowContrast() {
        try (InputStream script = WebAppTest.class.getResourceAsStream("/webapp/low-contrast.js")) {
            return (List<String>) browser.script(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String landowner() {
        return browser.driver().findElement(By.cssSelector("#details dd[data-property='landowner']")).getText();
    }

    private void clickAt(double longitude, double latitude) {
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) browser.script(
                "return cairn.map.getPixelFromCoordinate(ol.proj.fromLonLat(arguments[0]));", List.of(longitude, latitude));
        WebElement map = element("map");
        int x = (int) Math.round(pixel.get(0).doubleValue() - map.getSize().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
    }

    @Test
    void aFilterChangesWhatTheMapDrawsAndSearchFindsAHazard() {
        openMap("viewer");

        new Select(element("filter-organisation")).selectByValue(Organisations.BRAVO);

        awaitDrawn(places.get("alphaLocalId"), WEST + 0.008, SOUTH + 0.008, false);
        awaitDrawn(places.get("bravoLocalId"), WEST + 0.028, SOUTH + 0.008, true);

        element("search-text").sendKeys(places.get("bravoLocalId"));
        element("search-text").submit();
        browser.await(WAIT, driver -> !driver.findElements(By.cssSelector("#search-results button")).isEmpty());
        browser.driver().findElement(By.cssSelector("#search-results button")).click();
        browser.await(WAIT, driver -> element("details-title").getText().contains(places.get("bravoLocalId")));
    }

    @Test
    void aBoxDrawnOnTheMapIsExported() {
        openMap("viewer");
        browser.driver().findElements(By.cssSelector(".export button")).stream()
                .filter(button -> button.getText().equals("Draw a box")).findFirst().orElseThrow().click();
        new Actions(browser.driver()).moveToElement(element("map"), -200, -120).clickAndHold().moveByOffset(120, 80)
                .moveByOffset(120, 80).release().perform();
        browser.await(WAIT, driver -> element("export-box").getText().startsWith("Box: "));
        new Select(element("export-format")).selectByValue("gpkg");

        element("export-download").click();

        @SuppressWarnings("unchecked")
        List<Number> answer = browser.await(WAIT, driver -> (List<Number>) browser.script("const entry = "
                + "performance.getEntriesByType('resource').find(e => e.name.includes('/api/v1/exports/hazard-areas?'));"
                + "return entry && entry.responseEnd > 0 ? [entry.responseStatus, entry.encodedBodySize] : null;"));
        assertEquals(200, answer.get(0).intValue());
        assertTrue(answer.get(1).longValue() > 1000, "a GeoPackage came back");
    }

    @Test
    void aViewerSeesNoRestrictedFieldNoExactAccidentPlaceAndNoReviewQueue() {
        openMap("viewer");
        assertFalse(browser.driver().findElement(By.cssSelector("a[href='#review']")).isDisplayed());
        clickAt(WEST + 0.007, SOUTH + 0.007);
        browser.await(WAIT, driver -> element("details-title").getText().contains(places.get("alphaLocalId")));
        assertEquals("—", landowner());
        assertFalse(element("details").getText().contains(LANDOWNER), "nor in the history");

        show(WEST - 0.1, SOUTH - 0.1, WEST + 0.2, SOUTH + 0.2);
        @SuppressWarnings("unchecked")
        List<List<Number>> accidents = browser.await(WAIT, driver -> {
            List<List<Number>> points = (List<List<Number>>) browser.script("const layer = cairn.map.getLayers()"
                    + ".getArray().find(candidate => candidate.get('collection') === 'accidents');"
                    + "const extent = cairn.map.getView().calculateExtent(cairn.map.getSize());"
                    + "return layer.getFeaturesInExtent(extent)"
                    + ".map(f => ol.proj.toLonLat(f.getFlatCoordinates().slice(0, 2)));");
            return points.isEmpty() ? null : points;
        });
        for (List<Number> point : accidents) {
            double east = Math.abs(point.get(0).doubleValue() - (WEST + 0.013));
            double north = Math.abs(point.get(1).doubleValue() - (SOUTH + 0.004));
            assertTrue(east > 0.005 || north > 0.005, "an accident is drawn at its exact place: " + point);
        }
    }

    @Test
    void theDashboardsShowTheFiguresOfTheStatisticsApi() {
        signIn("data_manager", Organisations.AUTHORITY);
        browser.driver().get(root + "#dashboards");
        browser.await(WAIT, driver -> !driver.findElements(By.cssSelector("#casualties-by-sex-table")).isEmpty());

        Map<String, Object> devices = dataManager().when()
                .get("/api/v1/statistics/devices?destroyed=true&groupBy=category").then().statusCode(200).extract()
                .path("");
        assertEquals(figures(devices, "category", "quantity", WebAppTest::count), shown("devices-table", "quantity"));
        Map<String, Object> released = dataManager().when()
                .get("/api/v1/statistics/land-release?groupBy=year,outcome").then().statusCode(200).extract().path("");
        assertEquals(cleared(released), shown("land-release-by-year-table", "CLEARED"));
        Map<String, Object> hazards = dataManager().when()
                .get("/api/v1/statistics/remaining-contamination?groupBy=status,priority").then().statusCode(200)
                .extract().path("");
        assertEquals(highPriority(hazards), shown("hazards-table", "HIGH"));
        Map<String, Object> reached = dataManager().when().get("/api/v1/statistics/risk-education?groupBy=year")
                .then().statusCode(200).extract().path("");
        assertEquals(figures(reached, "year", "beneficiaries", WebAppTest::count),
                shown("risk-education-by-year-table", "beneficiaries"));
        browser.screenshot(element("land-release"), IMAGES.resolve("land-release-dashboard.png"));
        element("article7-link").findElement(By.cssSelector("a")).click();
        browser.await(WAIT, driver -> !driver.findElements(By.id("article7-devicesDestroyedByCategory")).isEmpty());
        assertTrue(element("article7-devicesDestroyedByCategory").getText().contains("Total"));

        signIn("viewer", Organisations.AUTHORITY);
        browser.driver().get(root + "#dashboards");
        browser.await(WAIT, driver -> !driver.findElements(By.cssSelector("#casualties-by-sex-table")).isEmpty());
        Map<String, Object> casualties = as("viewer").when().get("/api/v1/statistics/casualties?groupBy=sex").then()
                .statusCode(200).extract().path("");
        assertEquals(figures(casualties, "sex", "count", WebAppTest::count), shown("casualties-by-sex-table", "count"));
        assertTrue(element("casualties").getText().contains("rounded"));
        assertEquals(List.of(), lowContrast());
    }

    /** Each row's first value and the text of one column, as the page shows them. */
    private Map<String, String> shown(String tableId, String column) {
        Map<String, String> figures = new HashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            String key = row.findElement(By.cssSelector("td")).getAttribute("data-value");
            figures.put(key, row.findElement(By.cssSelector("td[data-key='" + column + "']")).getText());
        }
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> figures(Map<String, Object> answer, String dimension, String measure,
            Function<Number, String> format) {
        return ((List<Map<String, Object>>) answer.get("cells")).stream().collect(Collectors.toMap(
                cell -> String.valueOf(cell.get(dimension)), cell -> format.apply((Number) cell.get(measure))));
    }

    /** Hectares cleared per year, as the page writes them. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> cleared(Map<String, Object> answer) {
        Map<String, Double> perYear = new HashMap<>();
        for (Map<String, Object> cell : (List<Map<String, Object>>) answer.get("cells")) {
            double area = "CLEARED".equals(cell.get("outcome")) ? ((Number) cell.get("areaM2")).doubleValue() : 0;
            perYear.merge(String.valueOf(cell.get("year")), area, Double::sum);
        }
        DecimalFormat hectares = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return perYear.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> hectares.format(Math.round(entry.getValue() / 10000 * 100) / 100.0)));
    }

    /** Hazard areas of high priority per status. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> highPriority(Map<String, Object> answer) {
        Map<String, Long> perStatus = new HashMap<>();
        for (Map<String, Object> cell : (List<Map<String, Object>>) answer.get("cells")) {
            long count = "HIGH".equals(cell.get("priority")) ? ((Number) cell.get("count")).longValue() : 0;
            perStatus.merge(String.valueOf(cell.get("status")), count, Long::sum);
        }
        return perStatus.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> count(entry.getValue())));
    }

    private static String count(Number value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value.longValue());
    }

    @Test
    void aDataManagerApprovesAFieldReportFromTheReviewQueue() {
        Map<String, Object> report = FieldReports.report(Organisations.ALPHA, FieldReports.newRecord("HAZARD_AREA",
                hazard(uniqueName("Reported well"), square(WEST + 0.05, SOUTH, 0.005))));
        as("field_surveyor", Organisations.ALPHA).contentType("application/json").body(report).when()
                .post("/api/v1/field-reports").then().statusCode(201);
        String number = (String) report.get("reportNumber");

        signIn("data_manager", Organisations.AUTHORITY);
        browser.driver().get(root + "#review");
        WebElement entry = browser.await(WAIT, driver -> driver.findElements(By.cssSelector("#review-queue button"))
                .stream().filter(button -> button.getText().contains(number)).findFirst().orElse(null));
        entry.click();
        browser.await(WAIT, driver -> element("review-title").getText().contains(number));
        assertTrue(element("review").getText().contains("Reported well"));
        element("approve").click();

        browser.await(WAIT, driver -> element("review-message").getText().contains("approved"));
        dataManager().when().get("/api/v1/field-reports/" + report.get("reportId")).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }
}
