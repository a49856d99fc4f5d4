package org.cairn.report;

import static org.cairn.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every statistics table against totals worked out by hand from {@link StatisticsFixture}: counts
 * as literals, areas as sums of the fixture's boxes (PostGIS ellipsoidal areas), to the square
 * centimetre the answers round to.
 */
@QuarkusTest
class StatisticsTest {

    private static StatisticsFixture fixture;

    @Inject
    AgroalDataSource dataSource;

    private String org;
    private double h1;
    private double h2;
    private double h3;
    private double h4;
    private double h5;
    private double r1;
    private double r2;
    private double r3;
    private double r5;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = new StatisticsFixture(dataSource);
        }
        org = fixture.organisation;
        h1 = fixture.area(StatisticsFixture.hazardBox(151.02));
        h2 = fixture.area(StatisticsFixture.hazardBox(151.05));
        h3 = fixture.area(StatisticsFixture.H3);
        h4 = fixture.area(StatisticsFixture.hazardBox(151.15));
        h5 = fixture.area(StatisticsFixture.hazardBox(151.50));
        r1 = fixture.area(StatisticsFixture.R1);
        r2 = fixture.area(StatisticsFixture.R2);
        r3 = fixture.area(StatisticsFixture.R3);
        r5 = fixture.area(StatisticsFixture.R5);
    }

    @Test
    void landReleaseByEveryDimension() {
        String base = "/api/v1/statistics/land-release?organisation=" + org + "&groupBy=";
        // R6 is void and never counts: five releases.
        expect(json(base + "year,outcome"), 5, r1 + r2 + r3 + h3 + r5, Map.of(
                "2019/CANCELLED", cell(1, r1),
                "2019/REDUCED", cell(1, r2),
                "2020/CANCELLED", cell(1, r5),
                "2020/CLEARED", cell(2, r3 + h3)));
        // A release counts under each type of its hazard: R2 and R3 (H2) twice, so the cells sum to 7 of 5.
        expect(json(base + "contaminationType"), 5, r1 + r2 + r3 + h3 + r5, Map.of(
                "AP_MINE", cell(4, r1 + r5 + r2 + r3),
                "AV_MINE", cell(2, r2 + r3),
                "NONE", cell(1, h3)));
        expect(json(base + "adminArea"), 5, r1 + r2 + r3 + h3 + r5, Map.of(
                "ZQ0101", cell(4, r1 + r2 + r3 + r5),
                "ZQ0102", cell(1, h3)));
        expect(json(base + "adminArea&adminLevel=1"), 5, r1 + r2 + r3 + h3 + r5, Map.of("ZQ01",
                cell(5, r1 + r2 + r3 + h3 + r5)));
        expect(json(base + "adminArea&adminLevel=0"), 5, r1 + r2 + r3 + h3 + r5, Map.of("ZQ",
                cell(5, r1 + r2 + r3 + h3 + r5)));
        expect(json(base + "organisation"), 5, r1 + r2 + r3 + h3 + r5, Map.of(org, cell(5, r1 + r2 + r3 + h3 + r5)));
        // 2020 only, in the east district: R4.
        expect(json(base + "outcome&from=2020-01-01&to=2020-12-31&adminArea=ZQ0102"), 1, h3,
                Map.of("CLEARED", cell(1, h3)));
        expect(csv(base + "year,outcome"), "year,outcome,count,areaM2", Map.of(
                "2019/CANCELLED", cell(1, r1),
                "2019/REDUCED", cell(1, r2),
                "2020/CANCELLED", cell(1, r5),
                "2020/CLEARED", cell(2, r3 + h3)));
    }

    @Test
    void remainingContaminationAtADate() {
        String base = "/api/v1/statistics/remaining-contamination?organisation=" + org;
        // End of 2019: H1 less R1; H2 less R2; H3, H4 (R6 void) and H5 whole.
        expect(json(base + "&at=2019-12-31&groupBy=classification"), 5, h1 - r1 + h2 - r2 + h3 + h4 + h5, Map.of(
                "SHA", cell(3, h1 - r1 + h3 + h5),
                "CHA", cell(2, h2 - r2 + h4)));
        // End of 2020: H3 is cleared and no longer counts; H1 less R1 and R5, H2 less R2 and R3.
        double end2020 = h1 - r1 - r5 + h2 - r2 - r3 + h4 + h5;
        expect(json(base + "&at=2020-12-31&groupBy=classification"), 4, end2020, Map.of(
                "SHA", cell(2, h1 - r1 - r5 + h5),
                "CHA", cell(2, h2 - r2 - r3 + h4)));
        expect(json(base + "&groupBy=contaminationType"), 4, end2020, Map.of(
                "AP_MINE", cell(3, h1 - r1 - r5 + h2 - r2 - r3 + h5),
                "AV_MINE", cell(1, h2 - r2 - r3),
                "UXO", cell(1, h4)));
        // H5 lies outside every admin area.
        expect(json(base + "&at=2020-12-31&groupBy=adminArea"), 4, end2020, Map.of(
                "ZQ0101", cell(2, h1 - r1 - r5 + h2 - r2 - r3),
                "ZQ0102", cell(1, h4),
                "null", cell(1, h5)));
        expect(json(base + "&at=2020-12-31&groupBy=organisation"), 4, end2020, Map.of(org, cell(4, end2020)));
        // No hazard of the fixture has a priority; status and priority are today's, as classification is.
        expect(json(base + "&groupBy=priority"), 4, end2020, Map.of("NONE", cell(4, end2020)));
        // Before the hazards' date of information there was nothing to count.
        expect(json(base + "&at=2018-05-31&groupBy=classification"), 0, 0, Map.of());
        expect(csv(base + "&at=2019-12-31&groupBy=classification"), "classification,count,areaM2", Map.of(
                "SHA", cell(3, h1 - r1 + h3 + h5),
                "CHA", cell(2, h2 - r2 + h4)));
    }

    @Test
    void devicesByEveryDimension() {
        String base = "/api/v1/statistics/devices?organisation=" + org + "&groupBy=";
        // Five findings of 3 + 1 + 2 + 5 + 4 = 15 devices.
        expect(json(base + "year"), 5, 15, Map.of("2019", cell(3, 3 + 5 + 4), "2020", cell(2, 1 + 2)));
        expect(json(base + "category"), 5, 15, Map.of("AP_MINE", cell(2, 3 + 4), "AV_MINE", cell(1, 1),
                "UXO", cell(2, 2 + 5)));
        expect(json(base + "disposalMethod"), 5, 15, Map.of("DESTROYED_IN_SITU", cell(2, 3 + 5),
                "REMOVED_AND_DESTROYED", cell(1, 1), "RENDERED_SAFE", cell(1, 2), "NONE", cell(1, 4)));
        expect(json(base + "activityType"), 5, 15, Map.of("CLEARANCE", cell(2, 3 + 2), "TS", cell(2, 1 + 4),
                "NONE", cell(1, 5)));
        expect(json(base + "adminArea"), 5, 15, Map.of("ZQ0101", cell(3, 3 + 1 + 2), "ZQ0102", cell(2, 5 + 4)));
        expect(json(base + "organisation"), 5, 15, Map.of(org, cell(5, 15)));
        // Destroyed: D1, D2 and D4.
        expect(json(base + "category&destroyed=true"), 3, 9, Map.of("AP_MINE", cell(1, 3), "AV_MINE", cell(1, 1),
                "UXO", cell(1, 5)));
        expect(json(base + "activityType&destroyed=true&from=2019-01-01&to=2019-12-31"), 2, 8,
                Map.of("CLEARANCE", cell(1, 3), "NONE", cell(1, 5)));
        expect(csv(base + "category&destroyed=true"), "category,count,quantity", Map.of("AP_MINE", cell(1, 3),
                "AV_MINE", cell(1, 1), "UXO", cell(1, 5)));
    }

    @Test
    void casualtiesByAdminAreaAndOrganisation() {
        String base = "/api/v1/statistics/casualties?adminArea=ZQ01&groupBy=";
        // 6 injured and 2 killed in the west district, 1 killed in the east.
        JsonPath exact = as("victim_assistance").when().get(base + "adminArea").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(Map.of("adminArea", "ZQ0101", "count", 8), Map.of("adminArea", "ZQ0102", "count", 1)),
                exact.getList("cells"));
        assertEquals(9, exact.getInt("total"));
        as("victim_assistance").when().get(base + "organisation").then().statusCode(200)
                .body("cells[0].organisation", equalTo(org)).body("cells[0].count", equalTo(9));
        // Without the sensitive-data permission accidents count in their province, no deeper: the
        // districts' 8 and 1 are one cell of 9 (rounded), and asking for a district finds nothing.
        long province = PublishedCounts.casualties(dataSource, "a.admin_pcode LIKE 'ZQ01%'");
        JsonPath generalised = as("viewer").when().get(base + "adminArea").then().statusCode(200)
                .body("countsRounded", equalTo(true)).extract().jsonPath();
        assertEquals(province == 0 ? List.of() : List.of(Map.of("adminArea", "ZQ01", "count", (int) province)),
                generalised.getList("cells"));
        assertEquals(province, generalised.getLong("total"));
        as("viewer").when().get("/api/v1/statistics/casualties?adminArea=ZQ0101&groupBy=adminArea").then()
                .statusCode(200).body("cells", empty());
        as("partner").accept("text/csv").when().get(base + "adminArea").then().statusCode(200)
                .body(equalTo("adminArea,count\r\n" + (province == 0 ? "" : "ZQ01," + province + "\r\n")));
    }

    @Test
    void article7Tables() {
        JsonPath report = as("victim_assistance").when().get("/api/v1/reports/article7?year=2019&adminArea=ZQ01")
                .then().statusCode(200).body("remainingAt", equalTo("2019-12-31")).extract().jsonPath();
        expect(table(report, "landReleased"), 2, r1 + r2, Map.of(
                "CANCELLED/AP_MINE", cell(1, r1),
                "REDUCED/AP_MINE", cell(1, r2),
                "REDUCED/AV_MINE", cell(1, r2)));
        // H5 lies outside ZQ01.
        expect(table(report, "remainingContamination"), 4, h1 - r1 + h2 - r2 + h3 + h4, Map.of(
                "CHA/AP_MINE", cell(1, h2 - r2),
                "CHA/AV_MINE", cell(1, h2 - r2),
                "CHA/UXO", cell(1, h4),
                "SHA/AP_MINE", cell(1, h1 - r1),
                "SHA/NONE", cell(1, h3)));
        expect(table(report, "devicesDestroyedByCategory"), 2, 3 + 5, Map.of("AP_MINE", cell(1, 3),
                "UXO", cell(1, 5)));
        expect(table(report, "devicesDestroyedByActivityType"), 2, 3 + 5, Map.of("CLEARANCE", cell(1, 3),
                "NONE", cell(1, 5)));
        expect(table(report, "casualties"), 8, null, Map.of("INJURED/MALE/ADULT", List.of(6),
                "KILLED/FEMALE/CHILD", List.of(2)));
        // M1 twice but once a service type; F1's education was only needed; M3 was assisted in 2020.
        expect(table(report, "victimAssistance"), 3, null, Map.of(
                "EMERGENCY_MEDICAL/MALE/ADULT", List.of(1),
                "PHYSICAL_REHABILITATION/MALE/ADULT", List.of(2),
                "PSYCHOLOGICAL_SUPPORT/FEMALE/CHILD", List.of(1)));
        // Sessions, girls, boys, women, men, beneficiaries, with disabilities, displaced.
        expect(table(report, "riskEducation"), 2, null, Map.of(
                "DIRECT_SESSION", List.of(1, 10, 12, 5, 3, 30, 1, 4),
                "SCHOOL", List.of(1, 20, 18, 0, 1, 39, 0, 0)));

        // Rounded for a partner, each cell and each total on its own casualties.
        JsonPath shown = as("partner").when().get("/api/v1/reports/article7?year=2019&adminArea=ZQ01")
                .then().statusCode(200).extract().jsonPath();
        String in2019 = "a.accident_date BETWEEN '2019-01-01' AND '2019-12-31' AND a.admin_pcode LIKE 'ZQ01%' AND ";
        assertEquals(nonZero(published(in2019 + "c.outcome = 'INJURED'"), published(in2019 + "c.outcome = 'KILLED'")),
                counts(table(shown, "casualties")));
        assertEquals(published(in2019 + "true"), ((Number) totalCount(table(shown, "casualties"))).longValue());
        String assisted = "c.id IN (SELECT s.casualty_id FROM assistance s WHERE s.status IN ('IN_PROGRESS', "
                + "'PROVIDED') AND s.type = '%s' AND coalesce(s.started_on, s.completed_on) <= '2019-12-31' AND "
                + "coalesce(s.completed_on, 'infinity') >= '2019-01-01')";
        assertEquals(nonZero(published(assisted.formatted("EMERGENCY_MEDICAL")),
                published(assisted.formatted("PHYSICAL_REHABILITATION")),
                published(assisted.formatted("PSYCHOLOGICAL_SUPPORT"))), counts(table(shown, "victimAssistance")));
        assertEquals(2, ((Number) totalCount(table(shown, "landReleased"))).intValue());
    }

    @Test
    void riskEducationBeneficiariesByYearAndAdminArea() {
        JsonPath byYear = as("partner").when().get("/api/v1/statistics/risk-education?adminArea=ZQ01&groupBy=year")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Map.of("year", 2019, "count", 2, "girls", 30, "boys", 30, "women", 5, "men", 4,
                        "beneficiaries", 69, "personsWithDisabilities", 1, "displacedPersons", 4),
                Map.of("year", 2020, "count", 1, "girls", 1, "boys", 1, "women", 1, "men", 1, "beneficiaries", 4,
                        "personsWithDisabilities", 0, "displacedPersons", 0)), byYear.getList("cells"));
        assertEquals("adminArea,count,girls,boys,women,men,beneficiaries,personsWithDisabilities,displacedPersons\r\n"
                + "ZQ0101,1,10,12,5,3,30,1,4\r\nZQ0102,1,20,18,0,1,39,0,0\r\n",
                csv("/api/v1/statistics/risk-education?adminArea=ZQ01&from=2019-01-01&to=2019-12-31&groupBy=adminArea"));
    }

    @Test
    void article7PageToPrint() {
        String page = as("viewer").accept("text/html").when().get("/api/v1/reports/article7?year=2019&adminArea=ZQ01")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("@media print"));
        assertTrue(page.contains("<caption>Land released in 2019 by outcome and contamination type (area in m²)"
                + "</caption>"));
        assertTrue(page.contains("<th scope=\"col\">Area (m²)</th>"));
        assertTrue(page.contains("<caption>Remaining contamination at 2019-12-31"));
        assertEquals(7, page.split("<table ").length - 1, "seven tables");
        // Land released, west district's cancellation: 1 record of R1's area.
        assertTrue(page.contains("<tr><td>CANCELLED</td><td>AP_MINE</td><td class=\"n\">1</td><td class=\"n\">"
                + String.format(Locale.ROOT, "%,.2f", round(r1)) + "</td></tr>"), page);
        // Casualties are rounded for a viewer, and the page says so.
        assertTrue(page.contains("Counts are rounded to multiples of 5"), page);
        long killed = published("a.accident_date BETWEEN '2019-01-01' AND '2019-12-31' AND a.admin_pcode LIKE 'ZQ01%' "
                + "AND c.outcome = 'KILLED'");
        assertEquals(killed > 0, page.contains("<td>KILLED</td><td>FEMALE</td><td>CHILD</td><td class=\"n\">" + killed
                + "</td>"), page);
        assertTrue(!page.contains("<script"));
    }

    @Test
    void badInputIsRefused() {
        for (String query : List.of(
                "land-release?groupBy=religion",
                "land-release?from=2019-02-30",
                "land-release?from=2020-01-01&to=2019-12-31",
                "land-release?country=ZQ",
                "land-release?adminLevel=5",
                "land-release?adminLevel=one",
                "land-release?adminArea=NOWHERE1",
                "land-release?adminArea=bad%20pcode",
                "land-release?organisation=not-an-id",
                "land-release?from=2019-01-01&from=2019-02-01",
                "remaining-contamination?at=yesterday",
                "remaining-contamination?from=2019-01-01",
                "remaining-contamination?groupBy=year",
                "devices?destroyed=yes",
                "devices?groupBy=outcome",
                "casualties?adminLevel=-1")) {
            as("viewer").when().get("/api/v1/statistics/" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:cairn:problem:invalid-parameter"));
        }
        for (String query : List.of("", "?year=19", "?year=2019x", "?year=2019&year=2020", "?year=2019&month=1",
                "?year=2019&adminArea=NOWHERE1")) {
            as("viewer").when().get("/api/v1/reports/article7" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:cairn:problem:invalid-parameter"));
        }
        as("viewer").when().get("/api/v1/statistics/land-release?groupBy=religion").then()
                .body("detail", containsString("unknown dimension 'religion'"));
    }

    // Helpers: a table's cells keyed by their dimensions' values joined with "/".

    private long published(String condition) {
        return PublishedCounts.casualties(dataSource, condition);
    }

    /** Published counts as the cells list them: those rounded to 0 are left out. */
    private static List<Object> nonZero(long... published) {
        return Arrays.stream(published).filter(count -> count > 0).mapToObj(count -> (Object) (int) count).toList();
    }

    private static List<Number> cell(Number... measures) {
        return Arrays.asList(measures);
    }

    private static Map<String, Object> json(String url) {
        return as("viewer").when().get(url).then().statusCode(200).contentType(startsWith("application/json"))
                .extract().jsonPath().getMap("$");
    }

    private static Map<String, Object> table(JsonPath report, String id) {
        return report.getMap("tables.find { it.id == '" + id + "' }");
    }

    @SuppressWarnings("unchecked")
    private static <T> T member(Map<String, Object> table, String name) {
        return (T) table.get(name);
    }

    private static Object totalCount(Map<String, Object> table) {
        return StatisticsTest.<Map<String, Object>>member(table, "totals").get("count");
    }

    private static List<Object> counts(Map<String, Object> table) {
        return StatisticsTest.<List<Map<String, Object>>>member(table, "cells").stream()
                .map(cell -> cell.get("count")).toList();
    }

    private static void expect(Map<String, Object> table, int count, Number total,
            Map<String, List<Number>> expected) {
        List<String> groupBy = member(table, "groupBy");
        List<String> measures = member(table, "measures");
        Map<String, List<Number>> actual = new LinkedHashMap<>();
        for (Map<String, Object> cell : StatisticsTest.<List<Map<String, Object>>>member(table, "cells")) {
            List<String> key = new ArrayList<>();
            groupBy.forEach(dimension -> key.add(String.valueOf(cell.get(dimension))));
            List<Number> values = new ArrayList<>();
            measures.forEach(measure -> values.add((Number) cell.get(measure)));
            actual.put(String.join("/", key), values);
        }
        assertMeasures(expected, actual);
        assertEquals(count, ((Number) totalCount(table)).intValue());
        if (total != null) {
            Number measured = StatisticsTest.<Map<String, Number>>member(table, "totals").get(measures.get(1));
            assertClose(total.doubleValue(), measured.doubleValue(), "total");
        }
    }

    private static String csv(String url) {
        return as("viewer").accept("text/csv").when().get(url).then().statusCode(200)
                .contentType(equalTo("text/csv; charset=UTF-8")).extract().asString();
    }

    private static void expect(String csv, String header, Map<String, List<Number>> expected) {
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertEquals(header, lines.get(0));
        int dimensions = header.split(",").length - 2;
        Map<String, List<Number>> actual = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            actual.put(String.join("/", Arrays.copyOfRange(fields, 0, dimensions)),
                    List.of(Long.parseLong(fields[dimensions]), Double.parseDouble(fields[dimensions + 1])));
        }
        assertTrue(csv.endsWith("\r\n"));
        assertMeasures(expected, actual);
    }

    private static void assertMeasures(Map<String, List<Number>> expected, Map<String, List<Number>> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "cells " + actual);
        expected.forEach((key, values) -> {
            assertEquals(values.get(0).longValue(), actual.get(key).get(0).longValue(), key + " count");
            for (int i = 1; i < values.size(); i++) {
                assertClose(values.get(i).doubleValue(), actual.get(key).get(i).doubleValue(), key);
            }
        });
    }

    /**
     * Areas round to the square centimetre. A hazard's remainder has extra vertices on the hazard's
     * edges, and on the ellipsoid (geodesic edges) a split edge encloses a slightly different area:
     * a few square metres in a square kilometre, so remainders match to a millionth or so.
     */
    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.max(0.05, expected * 1e-5), what);
    }

    private static double round(double area) {
        return Math.round(area * 100) / 100.0;
    }
}
