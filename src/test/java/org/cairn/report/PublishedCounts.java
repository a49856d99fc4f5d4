package org.cairn.report;

import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import org.cairn.support.Database;

/**
 * What cell-key rounding publishes for a set of casualties, worked out from the database's record
 * keys the way the documentation states it, to compare with what the API answers.
 */
final class PublishedCounts {

    private PublishedCounts() {
    }

    /** The published count of the casualties (alias c, their accident a) that the SQL condition selects. */
    static long casualties(AgroalDataSource dataSource, String condition, Object... parameters) {
        String[] counted = Database.single(dataSource, "SELECT count(*) || '/' || coalesce(sum(c.record_key), 0) "
                + "FROM casualty c JOIN accident a ON a.id = c.accident_id "
                + "WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL AND " + condition, parameters).split("/");
        return CellKeyRounding.round(Long.parseLong(counted[0]), new BigDecimal(counted[1]));
    }
}
