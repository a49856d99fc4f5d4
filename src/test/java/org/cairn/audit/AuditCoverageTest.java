package org.cairn.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.cairn.support.Database;
import org.junit.jupiter.api.Test;

/**
 * Every row of an audited table has a first version in its audit table: the audit trail can only
 * record a change to a row whose earlier version it holds, so data loaded around it (migrations,
 * seeds) must start its history too.
 */
@QuarkusTest
class AuditCoverageTest {

    private static final List<String> AUDITED = List.of("hazard_area", "survey_point", "organisation", "ordnance_type",
            "activity", "activity_survey_point", "land_release", "device_finding");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyAuditedRowHasAHistory() {
        for (String table : AUDITED) {
            String unaudited = Database.single(dataSource, "SELECT count(*) FROM " + table
                    + " t WHERE NOT EXISTS (SELECT 1 FROM " + table + "_aud a WHERE a.id = t.id)");
            assertEquals("0", unaudited, table + " rows without history");
        }
    }
}
