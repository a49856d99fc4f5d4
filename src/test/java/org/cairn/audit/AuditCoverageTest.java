package org.cairn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.cairn.support.Database;
import org.junit.jupiter.api.Test;

/**
 * Every row of an audited table has a first version in its audit table: the audit trail can only
 * record a change to a row whose earlier version it holds, so data loaded around it (migrations,
 * seeds) must start its history too.
 */
@QuarkusTest
class AuditCoverageTest {

    /** Every audited table, and its key. */
    private static final Map<String, String> AUDITED = Map.ofEntries(Map.entry("hazard_area", "id"),
            Map.entry("survey_point", "id"), Map.entry("organisation", "id"), Map.entry("ordnance_type", "id"),
            Map.entry("activity", "id"), Map.entry("activity_survey_point", "id"), Map.entry("land_release", "id"),
            Map.entry("device_finding", "id"), Map.entry("accident", "id"), Map.entry("casualty", "id"),
            Map.entry("casualty_personal_data", "casualty_id"), Map.entry("assistance", "id"),
            Map.entry("field_report", "id"), Map.entry("field_report_item", "id"));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyAuditedRowHasAHistory() {
        AUDITED.forEach((table, key) -> {
            String unaudited = Database.single(dataSource, "SELECT count(*) FROM " + table + " t WHERE NOT EXISTS"
                    + " (SELECT 1 FROM " + table + "_aud a WHERE a." + key + " = t." + key + ")");
            assertEquals("0", unaudited, table + " rows without history");
        });
    }
}
