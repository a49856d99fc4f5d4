package org.cairn.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cairn.support.Database;
import org.junit.jupiter.api.Test;

/**
 * Human ids keep six digits and grow past them: a default that cut them to six gave the
 * millionth record of a kind the id of the hundred-thousandth, and it could not be stored.
 */
@QuarkusTest
class LocalIdTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theMillionthIdHasSevenDigits() {
        Database.execute(dataSource, "CREATE SEQUENCE IF NOT EXISTS local_id_probe");
        String ids = Database.single(dataSource, """
                WITH s AS (SELECT setval('local_id_probe', 999998))
                SELECT string_agg(next_local_id('HAZ-', 'local_id_probe'), ',') FROM generate_series(1, 3), s""");
        assertEquals("HAZ-999999,HAZ-1000000,HAZ-1000001", ids);
    }

    @Test
    void everyKindOfRecordTakesItsIdFromThatFunction() {
        String defaults = Database.single(dataSource, """
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name = 'local_id'
                  AND column_default LIKE 'next_local_id(%'""");
        String tables = Database.single(dataSource, """
                SELECT count(*) FROM information_schema.columns c JOIN information_schema.tables t
                  ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
                WHERE c.table_schema = current_schema() AND c.column_name = 'local_id' AND c.table_name NOT LIKE '%_aud'""");
        assertEquals("11", tables);
        assertEquals(tables, defaults);
    }
}
