package org.cairn.adminarea;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.cairn.job.JobWork;

/**
 * Places every item again in the deepest area that holds it, after the areas changed. Items
 * whose area changes get a new version, so that caches, ETags and the change feed see it; the
 * others are left untouched. Work goes in small committed batches, so that it never holds
 * many rows against the people editing them.
 */
final class AdminAreaAssignment implements JobWork {

    private static final int BATCH = 500;
    private static final UUID FIRST = new UUID(0, 0);

    /** The tables of items with a shape, their collection names and which of their rows still count. */
    private record Items(String collection, String table, String live) {
    }

    private static final List<Items> ITEMS = List.of(
            new Items("hazard-areas", "hazard_area", "deleted_at IS NULL"),
            new Items("activities", "activity", "deleted_at IS NULL"),
            new Items("land-release", "land_release", "true"),
            new Items("device-findings", "device_finding", "deleted_at IS NULL"),
            new Items("accidents", "accident", "deleted_at IS NULL"),
            new Items("eore-sessions", "eore_session", "deleted_at IS NULL"));

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final String by;

    AdminAreaAssignment(AgroalDataSource dataSource, ObjectMapper mapper, String by) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.by = by;
    }

    @Override
    public String run(Progress progress) throws SQLException {
        ObjectNode summary = mapper.createObjectNode();
        ObjectNode moved = summary.putObject("moved");
        try (Connection connection = dataSource.getConnection()) {
            long total = 0;
            for (Items items : ITEMS) {
                total += count(connection, items);
            }
            progress.report(0, total);
            long done = 0;
            long movedInAll = 0;
            for (Items items : ITEMS) {
                long movedHere = 0;
                UUID after = FIRST;
                try (PreparedStatement batch = connection.prepareStatement(batchSql(items))) {
                    while (after != null) {
                        batch.setObject(1, after);
                        batch.setString(2, by);
                        try (ResultSet row = batch.executeQuery()) {
                            row.next();
                            after = row.getObject(1, UUID.class);
                            done += row.getLong(2);
                            movedHere += row.getLong(3);
                        }
                        progress.report(done, total);
                    }
                }
                moved.put(items.collection(), movedHere);
                movedInAll += movedHere;
            }
            summary.put("checked", done);
            summary.put("movedInAll", movedInAll);
        }
        return summary.toString();
    }

    private static long count(Connection connection, Items items) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + items.table()
                + " WHERE " + items.live()); ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** One batch by id: the last id read (null at the end), the rows read and the rows moved. */
    private static String batchSql(Items items) {
        return "WITH batch AS (SELECT id, admin_pcode_of(geom) AS pcode FROM " + items.table()
                + " WHERE id > ? AND " + items.live() + " ORDER BY id LIMIT " + BATCH + "), "
                + "moved AS (UPDATE " + items.table() + " t SET admin_pcode = b.pcode, version = t.version + 1, "
                + "updated_at = now(), updated_by = ? FROM batch b "
                + "WHERE t.id = b.id AND t.admin_pcode IS DISTINCT FROM b.pcode RETURNING 1) "
                + "SELECT (SELECT id FROM batch ORDER BY id DESC LIMIT 1), (SELECT count(*) FROM batch), "
                + "(SELECT count(*) FROM moved)";
    }
}
