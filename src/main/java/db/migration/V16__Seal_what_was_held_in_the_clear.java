package db.migration;

import org.cairn.sealing.SealingMigration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 16, in Java because the keys never reach the database; Flyway finds it by its package
 * and name, as it finds the SQL migrations beside it. The work is {@link SealingMigration}'s.
 */
public class V16__Seal_what_was_held_in_the_clear extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SealingMigration.migrate(context.getConnection());
    }
}
