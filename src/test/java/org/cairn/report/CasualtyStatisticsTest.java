package org.cairn.report;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.properties;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Casualty counts against the attacks that recovered small counts by subtraction while they were
 * suppressed cell by cell. The fixture lies in the fictional province ZV01 (country ZV, districts
 * ZV0101 west and ZV0102 east), where no other test records anything:
 *
 * <pre>
 * accident  date        district  organisation  casualties
 * A1        2007-05-05  ZV0101    authority     4 INJURED MALE 40
 * A2        2008-03-10  ZV0101    authority     7 INJURED MALE 30, consent to share with everyone
 * A3        2008-11-20  ZV0102    Bravo         1 KILLED FEMALE 12, no consent: the person to protect
 * </pre>
 */
@QuarkusTest
class CasualtyStatisticsTest {

    private static final String STATISTICS = "/api/v1/statistics/casualties";
    private static final String IN_2008 = STATISTICS + "?from=2008-01-01&to=2008-12-31";
    private static final List<String> ROUNDED_ROLES = List.of("viewer", "partner", "data_manager", "operator",
            "field_surveyor");
    private static String protectedAccident;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void fixture() {
        if (protectedAccident != null) {
            return;
        }
        Database.execute(dataSource, """
                INSERT INTO admin_area (pcode, name, level, parent_pcode, lineage, geom, created_at, updated_at)
                VALUES ('ZV', 'Zevania', 0, NULL, '{ZV}', ST_Multi(ST_MakeEnvelope(152.0, -32.1, 152.2, -32.0, 4326)),
                        now(), now()),
                       ('ZV01', 'Vale Province', 1, 'ZV', '{ZV,ZV01}',
                        ST_Multi(ST_MakeEnvelope(152.0, -32.1, 152.2, -32.0, 4326)), now(), now()),
                       ('ZV0101', 'West Vale', 2, 'ZV01', '{ZV,ZV01,ZV0101}',
                        ST_Multi(ST_MakeEnvelope(152.0, -32.1, 152.1, -32.0, 4326)), now(), now()),
                       ('ZV0102', 'East Vale', 2, 'ZV01', '{ZV,ZV01,ZV0102}',
                        ST_Multi(ST_MakeEnvelope(152.1, -32.1, 152.2, -32.0, 4326)), now(), now())
                ON CONFLICT (pcode) DO NOTHING""");
        casualties(recordAccident("2007-05-05", 152.03, Organisations.AUTHORITY), 4, "INJURED", "MALE", 40, true);
        casualties(recordAccident("2008-03-10", 152.05, Organisations.AUTHORITY), 7, "INJURED", "MALE", 30, true);
        protectedAccident = recordAccident("2008-11-20", 152.15, Organisations.BRAVO);
        casualties(protectedAccident, 1, "KILLED", "FEMALE", 12, false);
    }

    @Test
    void theSensitiveDataPermissionReadsExactFigures() {
        for (String role : List.of("victim_assistance", "admin")) {
            JsonPath exact = as(role).when().get(IN_2008 + "&adminArea=ZV01&groupBy=adminArea,outcome,sex,ageGroup")
                    .then().statusCode(200).body("countsRounded", equalTo(false)).extract().jsonPath();
            assertEquals(List.of(
                    Map.of("adminArea", "ZV0101", "outcome", "INJURED", "sex", "MALE", "ageGroup", "ADULT", "count", 7),
                    Map.of("adminArea", "ZV0102", "outcome", "KILLED", "sex", "FEMALE", "ageGroup", "CHILD", "count",
                            1)), exact.getList("cells"), role);
            assertEquals(8, exact.getInt("total"), role);
            // Any span, to the day.
            as(role).when().get(STATISTICS + "?from=2008-11-20&to=2008-11-20&adminArea=ZV01").then().statusCode(200)
                    .body("total", equalTo(1));
        }
    }

    @Test
    void everyOtherRoleReadsEachCountRoundedByItsOwnRecords() {
        long west = PublishedCounts.casualties(dataSource, "a.admin_pcode = 'ZV0101' AND a.accident_date "
                + "BETWEEN '2008-01-01' AND '2008-12-31'");
        long all = PublishedCounts.casualties(dataSource, "a.admin_pcode LIKE 'ZV%' AND a.accident_date "
                + "BETWEEN '2008-01-01' AND '2008-12-31'");
        long protectedOne = PublishedCounts.casualties(dataSource, "a.id = ?::uuid", protectedAccident);
        List<Map<String, Object>> expected = new ArrayList<>();
        if (west > 0) {
            expected.add(Map.of("outcome", "INJURED", "sex", "MALE", "ageGroup", "ADULT", "count", (int) west));
        }
        if (protectedOne > 0) {
            expected.add(Map.of("outcome", "KILLED", "sex", "FEMALE", "ageGroup", "CHILD", "count", (int) protectedOne));
        }
        for (String role : ROUNDED_ROLES) {
            JsonPath rounded = as(role).when().get(IN_2008 + "&adminArea=ZV01&groupBy=outcome,sex,ageGroup")
                    .then().statusCode(200)
                    .body("countsRounded", equalTo(true))
                    .body("roundingBase", equalTo(5))
                    .extract().jsonPath();
            assertEquals(expected, rounded.getList("cells"), role);
            assertEquals(all, rounded.getLong("total"), role);
            assertEquals(all, rounded.getLong("totals.count"), role);
        }
        as("partner").accept("text/csv").when().get(IN_2008 + "&adminArea=ZV01").then().statusCode(200)
                .body(equalTo(all > 0 ? "count\r\n" + all + "\r\n" : "count\r\n0\r\n"));
    }

    /** Asking again, or asking differently for the same casualties, gives the same figure: there is nothing to average. */
    @Test
    void theSameCasualtiesAlwaysGiveTheSameFigure() {
        long first = total("viewer", IN_2008 + "&adminArea=ZV01");
        for (int i = 0; i < 3; i++) {
            assertEquals(first, total("viewer", IN_2008 + "&adminArea=ZV01"));
        }
        assertEquals(first, total("partner", IN_2008 + "&adminArea=ZV"), "the country holds the same casualties");
        assertEquals(first, total("viewer", IN_2008 + "&adminArea=ZV01&groupBy=adminArea"));
    }

    @Test
    void noSubtractionOfPublishedCountsGivesASmallCount() {
        for (String role : ROUNDED_ROLES) {
            List<Long> differences = new ArrayList<>();
            // Two windows: 2007 and 2008, minus 2007.
            differences.add(total(role, STATISTICS + "?from=2007-01-01&to=2008-12-31&adminArea=ZV01")
                    - total(role, STATISTICS + "?from=2007-01-01&to=2007-12-31&adminArea=ZV01"));
            differences.add(total(role, STATISTICS + "?to=2008-12-31&adminArea=ZV01")
                    - total(role, STATISTICS + "?to=2007-12-31&adminArea=ZV01"));
            // An admin area minus its child.
            differences.add(total(role, IN_2008 + "&adminArea=ZV01") - total(role, IN_2008 + "&adminArea=ZV0101"));
            // Everything minus one organisation, and minus every organisation one by one.
            long everything = total(role, IN_2008);
            differences.add(everything - total(role, IN_2008 + "&organisation=" + Organisations.AUTHORITY));
            JsonPath byOrganisation = as(role).when().get(IN_2008 + "&groupBy=organisation").then().statusCode(200)
                    .extract().jsonPath();
            differences.add(everything - byOrganisation.<Integer>getList("cells.count").stream()
                    .mapToLong(Integer::longValue).sum());
            // The cells of a fine grouping against the total and against a coarser grouping.
            JsonPath fine = as(role).when().get(IN_2008 + "&adminArea=ZV01&groupBy=outcome,sex,ageGroup,status,"
                    + "deviceCategory,organisation").then().statusCode(200).extract().jsonPath();
            List<Integer> cells = fine.getList("cells.count");
            cells.forEach(count -> assertTrue(count >= 5, "a cell of " + count + " is shown"));
            differences.add(fine.getLong("total") - cells.stream().mapToLong(Integer::longValue).sum());
            differences.add(total(role, IN_2008 + "&adminArea=ZV01&groupBy=outcome") - fine.getLong("total"));
            for (long difference : differences) {
                assertEquals(0, difference % 5, role + ": a difference of " + difference + " in " + differences);
            }
        }
    }

    /** The spans that isolated one person, by a day or by half a year, are refused. */
    @Test
    void spansThatAreNotWholeYearsAreRefused() {
        for (String span : List.of("?to=2008-06-30", "?from=2008-11-20&to=2008-11-20", "?from=2008-07-01",
                "?from=2008-01-01&to=2008-11-19")) {
            for (String role : ROUNDED_ROLES) {
                as(role).when().get(STATISTICS + span).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("detail", containsString("of a year"))
                        .body("detail", containsString("sensitive-data permission"));
            }
        }
        as("viewer").when().get("/api/v1/reports/article7?year=2008&adminArea=ZV01").then().statusCode(200);
    }

    /**
     * A list shows the casualties that consented to be shared with the caller; statistics count every
     * casualty. The protected casualty's cell is one person, and what a list subtracted from a
     * rounded count leaves is never that one.
     */
    @Test
    void aListSubtractedFromACountDoesNotGiveTheUnlistedAway() {
        for (String role : List.of("viewer", "partner", "data_manager")) {
            int listed = as(role).when().get("/api/v1/casualties?accidentId=" + protectedAccident).then()
                    .statusCode(200).extract().jsonPath().getList("items").size();
            assertEquals(0, listed, role);
            JsonPath counted = as(role).when().get(IN_2008 + "&adminArea=ZV01&groupBy=outcome,sex,ageGroup")
                    .then().statusCode(200).extract().jsonPath();
            Integer killedGirls = counted.get("cells.find { it.outcome == 'KILLED' && it.sex == 'FEMALE' }.count");
            assertNotEquals(1, (killedGirls == null ? 0 : killedGirls) - listed, role);
            // The whole province in 2008: 8 casualties, 7 of them listed.
            int listedInProvince = 0;
            for (String accident : accidentsOf2008()) {
                listedInProvince += as(role).when().get("/api/v1/casualties?accidentId=" + accident).then()
                        .statusCode(200).extract().jsonPath().getList("items").size();
            }
            assertEquals(7, listedInProvince, role);
            assertNotEquals(1, counted.getLong("total") - listedInProvince, role);
        }
    }

    /** Article 7's casualty table is the casualty statistics of the year, as each role reads them. */
    @Test
    void article7AgreesWithTheStatisticsOfEachRole() {
        for (String role : List.of("viewer", "partner", "victim_assistance")) {
            JsonPath report = as(role).when().get("/api/v1/reports/article7?year=2008&adminArea=ZV01").then()
                    .statusCode(200).extract().jsonPath();
            JsonPath statistics = as(role).when().get(IN_2008 + "&adminArea=ZV01&groupBy=outcome,sex,ageGroup")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(statistics.getList("cells"), report.getList("tables.find { it.id == 'casualties' }.cells"),
                    role);
            assertEquals(statistics.getMap("totals"), report.getMap("tables.find { it.id == 'casualties' }.totals"),
                    role);
            assertEquals(statistics.getBoolean("countsRounded"),
                    report.getBoolean("tables.find { it.id == 'casualties' }.countsRounded"), role);
        }
    }

    @Test
    void badParametersAreRefused() {
        as("viewer").when().get(IN_2008 + "&groupBy=religion").then().statusCode(400)
                .body("detail", containsString("unknown dimension 'religion'"));
        as("viewer").when().get(STATISTICS + "?from=2026-13-01").then().statusCode(400);
        as("viewer").when().get(STATISTICS + "?from=2026-12-01&to=2026-01-01").then().statusCode(400);
        as("viewer").when().get(STATISTICS + "?country=XX").then().statusCode(400);
    }

    private static long total(String role, String url) {
        return as(role).when().get(url).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private List<String> accidentsOf2008() {
        return List.of(Database.single(dataSource, "SELECT string_agg(id::text, ',') FROM accident "
                + "WHERE admin_pcode LIKE 'ZV%' AND accident_date BETWEEN '2008-01-01' AND '2008-12-31'").split(","));
    }

    private static String recordAccident(String date, double lon, String organisation) {
        Map<String, Object> accident = accident("MINE", lon, -32.05);
        properties(accident).put("date", date);
        properties(accident).put("reportingOrganisationId", organisation);
        return Records.accident(accident);
    }

    private static void casualties(String accident, int count, String outcome, String sex, int age, boolean consent) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> casualty = casualty(accident, outcome, sex, age);
            casualty.put("consentShareAuthorities", consent);
            casualty.put("consentShareNgos", consent);
            Records.casualty(casualty);
        }
    }
}
