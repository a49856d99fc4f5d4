package org.cairn.report;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.polygon;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.ring;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.cairn.support.Records;

/**
 * A fictional province ZQ01 (in country ZQ) of two districts, ZQ0101 (west, 151.0 to 151.1 E)
 * and ZQ0102 (east, 151.1 to 151.2 E), between 31.1 and 31.0 S, where no other test records
 * anything; every record belongs to an organisation of the fixture's own.
 *
 * <pre>
 * hazard  class contamination     district  land release (activity)
 * H1      SHA   AP_MINE           ZQ0101    R1 CANCELLED 2019-05-10, R5 CANCELLED 2020-02-02 (NTS)
 * H2      CHA   AP_MINE, AV_MINE  ZQ0101    R2 REDUCED 2019-08-01 (TS), R3 CLEARED 2020-03-01 (CLEARANCE)
 * H3      SHA   (none)            ZQ0102    R4 CLEARED 2020-06-01, all of it (CLEARANCE): closed
 * H4      CHA   UXO               ZQ0102    R6 REDUCED 2019-07-07 (TS), voided
 * H5      SHA   AP_MINE           outside any admin area
 *
 * device  activity   category  qty  disposal               found       district
 * D1      CLEARANCE  AP_MINE   3    DESTROYED_IN_SITU      2019-09-01  ZQ0101
 * D2      TS         AV_MINE   1    REMOVED_AND_DESTROYED  2020-03-01  ZQ0101
 * D3      CLEARANCE  UXO       2    RENDERED_SAFE          2020-06-01  ZQ0101
 * D4      (H4 only)  UXO       5    DESTROYED_IN_SITU      2019-11-11  ZQ0102
 * D5      TS         AP_MINE   4    (none)                 2019-10-10  ZQ0102
 *
 * accident 2019-04-04 in ZQ0101: 6 INJURED MALE 30, 2 KILLED FEMALE 12
 * accident 2020-01-15 in ZQ0102: 1 KILLED MALE 40
 * risk education: 2019-03-03 DIRECT_SESSION in ZQ0101 (girls 10, boys 12, women 5, men 3; 1 with a disability,
 *   4 displaced), 2019-09-09 SCHOOL in ZQ0102 (girls 20, boys 18, men 1; none recorded), 2020-02-02 DIRECT_SESSION
 *   in ZQ0101 (1 of each)
 * assistance in 2019: M1 EMERGENCY_MEDICAL and PHYSICAL_REHABILITATION (provided), M2 PHYSICAL_REHABILITATION
 *   (in progress), F1 PSYCHOLOGICAL_SUPPORT (in progress) and EDUCATION (only needed), M3 PHYSICAL_REHABILITATION
 *   provided in 2020
 * </pre>
 */
final class StatisticsFixture {

    static final String HAZARD_DATE = "2018-06-01";

    final String organisation;
    final AgroalDataSource dataSource;

    StatisticsFixture(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        adminAreas();
        organisation = dataManager().contentType("application/json")
                .body(Map.of("name", Features.uniqueName("Zulu Statistics Demining"), "type", "NGO",
                        "accreditation", Map.of("activityTypes", List.of("NTS", "TS", "CLEARANCE"))))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String h1 = hazardArea("SHA", List.of("AP_MINE"), 151.02);
        String h2 = hazardArea("CHA", List.of("AP_MINE", "AV_MINE"), 151.05);
        String h3 = hazardArea("SHA", List.of(), 151.12);
        String h4 = hazardArea("CHA", List.of("UXO"), 151.15);
        hazardArea("SHA", List.of("AP_MINE"), 151.50);
        String nts = Records.activity(activity("Zulu NTS", "NTS", organisation, h1));
        String ts = Records.activity(activity("Zulu TS", "TS", organisation, h2, h4));
        String clearance = Records.activity(activity("Zulu clearance", "CLEARANCE", organisation, h2, h3));
        release(nts, h1, "CANCELLED", "2019-05-10", R1);
        release(ts, h2, "REDUCED", "2019-08-01", R2);
        release(clearance, h2, "CLEARED", "2020-03-01", R3);
        release(clearance, h3, "CLEARED", "2020-06-01", H3);
        release(nts, h1, "CANCELLED", "2020-02-02", R5);
        String voided = release(ts, h4, "REDUCED", "2019-07-07", R6);
        dataManager().contentType("application/json").body(Map.of("reason", "Recorded on the wrong hazard"))
                .when().post("/api/v1/land-release/" + voided + "/void").then().statusCode(200);
        device("/api/v1/activities/" + clearance, 151.052, "AP_MINE", 3, "DESTROYED_IN_SITU", "2019-09-01");
        device("/api/v1/activities/" + ts, 151.058, "AV_MINE", 1, "REMOVED_AND_DESTROYED", "2020-03-01");
        device("/api/v1/activities/" + clearance, 151.057, "UXO", 2, "RENDERED_SAFE", "2020-06-01");
        device("/api/v1/hazard-areas/" + h4, 151.155, "UXO", 5, "DESTROYED_IN_SITU", "2019-11-11");
        device("/api/v1/activities/" + ts, 151.152, "AP_MINE", 4, null, "2019-10-10");
        victims();
        riskEducation();
    }

    private void riskEducation() {
        session(151.05, "2019-03-03", "DIRECT_SESSION", new int[] {10, 12, 5, 3}, 1, 4);
        session(151.15, "2019-09-09", "SCHOOL", new int[] {20, 18, 0, 1}, null, null);
        session(151.05, "2020-02-02", "DIRECT_SESSION", new int[] {1, 1, 1, 1}, null, null);
    }

    private void session(double lon, String date, String method, int[] girlsBoysWomenMen, Integer disabled,
            Integer displaced) {
        Map<String, Object> session = Features.eoreSession(lon, -31.05, organisation, girlsBoysWomenMen[0],
                girlsBoysWomenMen[1], girlsBoysWomenMen[2], girlsBoysWomenMen[3]);
        properties(session).put("date", date);
        properties(session).put("dateOfInformation", date);
        properties(session).put("deliveryMethod", method);
        Map<String, Object> audience = (Map<String, Object>) properties(session).get("audience");
        audience.put("personsWithDisabilities", disabled);
        audience.put("displacedPersons", displaced);
        Records.eoreSession(session);
    }

    /** Boxes west, south, east, north. */
    static final double[] H3 = {151.12, -31.08, 151.13, -31.07};
    static final double[] R1 = {151.02, -31.08, 151.025, -31.07};
    static final double[] R2 = {151.05, -31.08, 151.055, -31.075};
    static final double[] R3 = {151.055, -31.08, 151.06, -31.075};
    static final double[] R5 = {151.025, -31.08, 151.03, -31.075};
    static final double[] R6 = {151.15, -31.08, 151.155, -31.075};

    static double[] hazardBox(double west) {
        return new double[] {west, -31.08, west + 0.01, -31.07};
    }

    /** The box's area in square metres on the WGS 84 ellipsoid, as PostGIS computes it. */
    double area(double[] box) {
        return Double.parseDouble(Database.single(dataSource,
                "SELECT ST_Area(ST_MakeEnvelope(?, ?, ?, ?, 4326)::geography)", box[0], box[1], box[2], box[3]));
    }

    private void adminAreas() {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO admin_area (pcode, name, level, parent_pcode, lineage, geom, created_at, updated_at)
                    VALUES ('ZQ', 'Zuluquay', 0, NULL, '{ZQ}', ST_Multi(ST_MakeEnvelope(151.0, -31.1, 151.2, -31.0, 4326)),
                            now(), now()),
                           ('ZQ01', 'Kestrel Province', 1, 'ZQ', '{ZQ,ZQ01}',
                            ST_Multi(ST_MakeEnvelope(151.0, -31.1, 151.2, -31.0, 4326)), now(), now()),
                           ('ZQ0101', 'West <Ridge> & Co', 2, 'ZQ01', '{ZQ,ZQ01,ZQ0101}',
                            ST_Multi(ST_MakeEnvelope(151.0, -31.1, 151.1, -31.0, 4326)), now(), now()),
                           ('ZQ0102', 'East Plain', 2, 'ZQ01', '{ZQ,ZQ01,ZQ0102}',
                            ST_Multi(ST_MakeEnvelope(151.1, -31.1, 151.2, -31.0, 4326)), now(), now())
                    ON CONFLICT (pcode) DO NOTHING""");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hazardArea(String classification, List<String> contamination, double west) {
        double[] box = hazardBox(west);
        Map<String, Object> feature = hazard(Features.uniqueName("Zulu hazard"), polygon(ring(box[0], box[1], box[2],
                box[3])));
        properties(feature).put("classification", classification);
        properties(feature).put("evidence", classification.equals("CHA") ? "DIRECT" : "INDIRECT");
        properties(feature).put("contaminationTypes", contamination);
        properties(feature).put("reportingOrganisationId", organisation);
        properties(feature).put("dateOfInformation", HAZARD_DATE);
        return Records.hazardArea(feature);
    }

    private static String release(String activity, String hazard, String outcome, String date, double[] box) {
        Map<String, Object> feature = Features.release(hazard, outcome, polygon(ring(box[0], box[1], box[2], box[3])));
        properties(feature).put("releaseDate", date);
        return Records.release(activity, feature);
    }

    private void device(String parent, double lon, String category, int quantity, String disposal, String date) {
        Map<String, Object> feature = Features.device(lon, -31.072, category, quantity);
        properties(feature).put("foundDate", date);
        properties(feature).put("disposalMethod", disposal);
        properties(feature).put("reportingOrganisationId", organisation);
        dataManager().contentType("application/geo+json").body(feature).when().post(parent + "/devices")
                .then().statusCode(201);
    }

    private void victims() {
        String first = accident("2019-04-04", 151.03);
        String m1 = null;
        String m2 = null;
        String f1 = null;
        for (int i = 0; i < 6; i++) {
            String id = Records.casualty(casualty(first, "INJURED", "MALE", 30));
            m1 = m1 == null ? id : m1;
            m2 = i == 1 ? id : m2;
        }
        for (int i = 0; i < 2; i++) {
            f1 = Records.casualty(casualty(first, "KILLED", "FEMALE", 12));
        }
        String second = accident("2020-01-15", 151.13);
        String m3 = Records.casualty(casualty(second, "KILLED", "MALE", 40));
        assistance(m1, "EMERGENCY_MEDICAL", "PROVIDED", "2019-04-04", "2019-04-10");
        assistance(m1, "PHYSICAL_REHABILITATION", "PROVIDED", "2019-06-01", "2019-09-01");
        assistance(m2, "PHYSICAL_REHABILITATION", "IN_PROGRESS", "2019-07-01", null);
        assistance(f1, "PSYCHOLOGICAL_SUPPORT", "IN_PROGRESS", "2019-05-01", null);
        assistance(f1, "EDUCATION", "NEEDED", null, null);
        assistance(m3, "PHYSICAL_REHABILITATION", "PROVIDED", "2020-02-01", "2020-03-01");
    }

    private String accident(String date, double lon) {
        Map<String, Object> feature = Features.accident("MINE", lon, -31.05);
        properties(feature).put("date", date);
        properties(feature).put("reportingOrganisationId", organisation);
        return Records.accident(feature);
    }

    private static void assistance(String casualty, String type, String status, String started, String completed) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("status", status);
        body.put("recipient", "CASUALTY");
        body.put("startedOn", started);
        body.put("completedOn", completed);
        as("victim_assistance").contentType("application/json").body(body)
                .when().post("/api/v1/casualties/" + casualty + "/assistance").then().statusCode(201);
    }
}
