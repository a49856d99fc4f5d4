package org.cairn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scripts/seed, run twice with one seed into two fresh schemas of the test database, writes the
 * same rows, and they keep the invariants the service relies on. Own schemas, so that the other
 * tests' schema and their counts are never touched.
 */
class SyntheticDataTest {

    private static final String PORT = System.getenv().getOrDefault("CAIRN_DB_PORT", "55432");
    private static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/cairn_test";
    private static final String USER = System.getenv().getOrDefault("CAIRN_DB_USER", "cairn");
    private static final String PASSWORD = System.getenv().getOrDefault("CAIRN_DB_PASSWORD", "cairn");
    private static final List<String> SCHEMAS = List.of("seed_check_a", "seed_check_b");
    private static final int HAZARDS = 200;

    /** Every row the seed writes, in a fixed order, with its shapes as text; timestamps of the load excluded. */
    private static final String FINGERPRINT = """
            SELECT md5(string_agg(r, E'\\n' ORDER BY k)) FROM (
                SELECT 'h' || local_id AS k, concat_ws('|', id, name, classification, status, status_changed_at,
                    contamination_types, reporting_organisation_id, date_of_information, ST_AsText(geom),
                    ST_AsText(remaining_geom), cancelled_area_m2, reduced_area_m2, cleared_area_m2, created_at) AS r
                FROM hazard_area
                UNION ALL SELECT 'a' || local_id, concat_ws('|', id, name, type, status, implementing_organisation_id,
                    start_date, end_date) FROM activity
                UNION ALL SELECT 'l' || local_id, concat_ws('|', id, activity_id, hazard_area_id, outcome,
                    release_date, ST_AsText(geom)) FROM land_release
                UNION ALL SELECT 'd' || local_id, concat_ws('|', id, hazard_area_id, activity_id, category,
                    ordnance_type_id, quantity, ST_AsText(geom), found_date) FROM device_finding
                UNION ALL SELECT 'c' || local_id, concat_ws('|', id, accident_id, outcome, sex, age_at_accident,
                    status) FROM casualty
                UNION ALL SELECT 'x' || local_id, concat_ws('|', id, type, accident_date, ST_AsText(geom)) FROM accident
            ) rows""";

    @BeforeAll
    static void freshSchemas() throws SQLException {
        dropSchemas();
        for (String schema : SCHEMAS) {
            Flyway.configure()
                    .dataSource(URL + "?currentSchema=" + schema + ",public", USER, PASSWORD)
                    .schemas(schema).defaultSchema(schema).locations("classpath:db/migration")
                    .load().migrate();
        }
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void oneSeedGivesTheSameRowsThatKeepTheServiceInvariants() throws Exception {
        for (String schema : SCHEMAS) {
            Result run = seed(schema, "7");
            assertEquals(0, run.exit(), run.output());
            assertTrue(Pattern.compile("hazard-areas +\\| +" + HAZARDS + "\\b").matcher(run.output()).find(), run.output());
        }
        String first = single(SCHEMAS.get(0), FINGERPRINT);
        assertEquals(first, single(SCHEMAS.get(1), FINGERPRINT), "the same seed wrote other rows");

        Result again = seed(SCHEMAS.get(0), "7");
        assertNotEquals(0, again.exit());
        assertTrue(again.output().contains("seed 7 is in this database already"), again.output());
        // Replacing empties every record table, the newest included, and writes the same rows again.
        Result replaced = seed(SCHEMAS.get(0), "7", "--replace");
        assertEquals(0, replaced.exit(), replaced.output());
        assertEquals(first, single(SCHEMAS.get(0), FINGERPRINT), "seed 7 again wrote other rows");

        Result other = seed(SCHEMAS.get(1), "8");
        assertEquals(0, other.exit(), other.output());
        assertNotEquals(first, single(SCHEMAS.get(1), FINGERPRINT), "another seed wrote the same rows");

        for (String schema : SCHEMAS) {
            assertInvariants(schema);
        }
    }

    private static void assertInvariants(String schema) throws SQLException {
        Map<String, String> zero = Map.of(
                "invalid or empty shapes", """
                        SELECT count(*) FROM hazard_area
                        WHERE NOT ST_IsValid(geom) OR NOT ST_IsValid(remaining_geom) OR ST_IsEmpty(geom)
                           OR ST_NPoints(geom) < 11 OR area_m2 <= 0""",
                "hazards whose estimated area is not remaining + released", """
                        SELECT count(*) FROM hazard_area
                        WHERE abs(area_m2 - remaining_area_m2 - cancelled_area_m2 - reduced_area_m2 - cleared_area_m2)
                              > 1e-6 * area_m2""",
                "hazards whose released areas are not the sum of their land release", """
                        SELECT count(*) FROM hazard_area h
                        LEFT JOIN (SELECT hazard_area_id, sum(area_m2) AS released FROM land_release
                                   GROUP BY hazard_area_id) l ON l.hazard_area_id = h.id
                        WHERE abs(coalesce(l.released, 0) - cancelled_area_m2 - reduced_area_m2 - cleared_area_m2)
                              > 1e-6 * h.area_m2""",
                "land release outside its hazard or overlapping another", """
                        SELECT count(*) FROM land_release l JOIN hazard_area h ON h.id = l.hazard_area_id
                        WHERE ST_Area(ST_Difference(l.geom, h.geom)::geography) > 1e-6 * l.area_m2
                           OR EXISTS (SELECT 1 FROM land_release o WHERE o.hazard_area_id = l.hazard_area_id
                                      AND o.id <> l.id AND ST_Area(ST_Intersection(o.geom, l.geom)::geography) > 0.01)""",
                "land release whose outcome does not fit its activity", """
                        SELECT count(*) FROM land_release l JOIN activity a ON a.id = l.activity_id
                        WHERE NOT (l.outcome = 'CANCELLED' AND a.type = 'NTS' OR l.outcome = 'REDUCED' AND a.type = 'TS'
                                   OR l.outcome = 'CLEARED' AND a.type IN ('CLEARANCE', 'BAC', 'TS', 'ROAD_CLEARANCE'))
                           OR a.status NOT IN ('IN_PROGRESS', 'SUSPENDED', 'COMPLETED')
                           OR NOT EXISTS (SELECT 1 FROM activity_hazard_area x
                                          WHERE x.activity_id = a.id AND x.hazard_area_id = l.hazard_area_id)""",
                "hazards whose status does not follow their releases", """
                        SELECT count(*) FROM hazard_area h
                        WHERE (EXISTS (SELECT 1 FROM land_release l WHERE l.hazard_area_id = h.id))
                              <> (h.status = 'WORKED_ON' OR h.status = 'CLOSED' AND h.status_change_reason = 'RELEASED')""",
                "devices outside their hazard", """
                        SELECT count(*) FROM device_finding d JOIN hazard_area h ON h.id = d.hazard_area_id
                        WHERE NOT ST_Intersects(d.geom, h.geom)""",
                "records without their first version in the audit trail", """
                        SELECT (SELECT count(*) FROM hazard_area t WHERE NOT EXISTS (
                                    SELECT 1 FROM hazard_area_aud a WHERE a.id = t.id AND a.revtype = 0))
                             + (SELECT count(*) FROM land_release t WHERE NOT EXISTS (
                                    SELECT 1 FROM land_release_aud a WHERE a.id = t.id AND a.revtype = 0))
                             + (SELECT count(*) FROM device_finding t WHERE NOT EXISTS (
                                    SELECT 1 FROM device_finding_aud a WHERE a.id = t.id AND a.revtype = 0))
                             + (SELECT count(*) FROM casualty t WHERE NOT EXISTS (
                                    SELECT 1 FROM casualty_aud a WHERE a.id = t.id AND a.revtype = 0))""",
                "records missing from the change feed", """
                        SELECT (SELECT count(*) FROM hazard_area) + (SELECT count(*) FROM activity)
                             + (SELECT count(*) FROM land_release) + (SELECT count(*) FROM device_finding)
                             + (SELECT count(*) FROM accident) + (SELECT count(*) FROM casualty)
                             - (SELECT count(DISTINCT item_id) FROM change_log)""");
        for (Map.Entry<String, String> check : zero.entrySet()) {
            assertEquals("0", single(schema, check.getValue()), schema + ": " + check.getKey());
        }
        assertTrue(Integer.parseInt(single(schema, """
                SELECT count(*) FROM hazard_area WHERE ST_NumGeometries(geom) > 1 OR ST_NRings(geom) > ST_NumGeometries(geom)
                """)) > 0, schema + ": no multipolygons or holes");
    }

    private record Result(int exit, String output) {
    }

    private static Result seed(String schema, String seed, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("scripts/seed", "--hazards", String.valueOf(HAZARDS), "--seed",
                seed, "--database", "cairn_test", "--schema", schema));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CAIRN_DB_PORT", PORT);
        builder.environment().put("CAIRN_DB_USER", USER);
        builder.environment().put("CAIRN_DB_PASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "scripts/seed did not finish");
        return new Result(process.exitValue(), output);
    }

    private static String single(String schema, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL + "?currentSchema=" + schema + ",public", USER,
                PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
