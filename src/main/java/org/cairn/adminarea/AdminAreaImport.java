package org.cairn.adminarea;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.cairn.job.JobWork;

/**
 * Writes the accepted features of a file into the gazetteer, in one transaction: an import lands
 * whole or not at all, never as half a country. Levels are written top down, one reading of the
 * file each, so that every parent is settled (written or rejected) before its children.
 */
final class AdminAreaImport implements JobWork {

    /** Enough reasons to fix a file by; the count says how many there were in all. */
    private static final int MAX_LISTED = 1000;
    private static final int REPORT_EVERY = 50;

    /** Only one import at a time, across every instance of the service. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('cairn.admin_area_import'))";

    private static final String PARENT = "SELECT level, lineage FROM admin_area WHERE pcode = ?";

    /** The level an area has now, and whether areas lie under it. */
    private static final String STORED = "SELECT level, EXISTS (SELECT 1 FROM admin_area c WHERE c.parent_pcode = "
            + "a.pcode) FROM admin_area a WHERE a.pcode = ?";

    /**
     * Checks the geometry in PostGIS and writes the area if it passes. An area that is already
     * stored exactly so is left alone, which tells updated from unchanged.
     */
    private static final String UPSERT = """
            WITH g AS (SELECT ST_Force2D(ST_GeomFromGeoJSON(?)) AS raw),
            c AS (SELECT raw, CASE
                    WHEN ST_IsEmpty(raw) THEN 'Its geometry is empty.'
                    WHEN GeometryType(raw) NOT IN ('POLYGON', 'MULTIPOLYGON')
                        THEN 'Its geometry is a ' || GeometryType(raw) || ', not a Polygon or MultiPolygon.'
                    WHEN ST_XMin(raw) < -180 OR ST_XMax(raw) > 180 OR ST_YMin(raw) < -90 OR ST_YMax(raw) > 90
                        THEN 'Its geometry has coordinates outside WGS 84 longitude and latitude.'
                    WHEN NOT ST_IsValid(raw) THEN 'Its geometry is not valid: ' || ST_IsValidReason(raw) || '.'
                  END AS fault FROM g),
            up AS (INSERT INTO admin_area AS a (pcode, name, level, parent_pcode, lineage, geom, created_at, updated_at)
                   SELECT ?, ?, ?, ?, ?, ST_Multi(ST_SetSRID(raw, 4326)), now(), now() FROM c WHERE fault IS NULL
                   ON CONFLICT (pcode) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                       parent_pcode = EXCLUDED.parent_pcode, lineage = EXCLUDED.lineage, geom = EXCLUDED.geom,
                       updated_at = now()
                   WHERE (a.name, a.level, a.parent_pcode) IS DISTINCT FROM
                         (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_pcode)
                      OR NOT ST_OrderingEquals(a.geom, EXCLUDED.geom)
                   RETURNING (xmax = 0) AS inserted)
            SELECT (SELECT fault FROM c), (SELECT inserted FROM up), EXISTS (SELECT 1 FROM up)""";

    /** Areas whose parent moved keep a true lineage: it is rebuilt from the top for every area. */
    private static final String LINEAGE = """
            WITH RECURSIVE tree (pcode, lineage) AS (
                SELECT pcode, ARRAY[pcode] FROM admin_area WHERE level = 0
                UNION ALL
                SELECT a.pcode, tree.lineage || a.pcode FROM admin_area a JOIN tree ON a.parent_pcode = tree.pcode)
            UPDATE admin_area a SET lineage = tree.lineage FROM tree
            WHERE a.pcode = tree.pcode AND a.lineage <> tree.lineage""";

    private final AgroalDataSource dataSource;
    private final AdminAreaFile file;
    private final List<AdminAreaEntry> entries;
    private final ObjectMapper mapper;
    private final Supplier<String> afterwards;

    private int imported;
    private int updated;
    private int unchanged;
    private final List<AdminAreaEntry> rejections = new ArrayList<>();

    /**
     * @param afterwards what to start once the areas are committed (placing the items again); it
     *                   returns what the summary names as {@code assignmentJob}
     */
    AdminAreaImport(AgroalDataSource dataSource, AdminAreaFile file, List<AdminAreaEntry> entries,
            ObjectMapper mapper, Supplier<String> afterwards) {
        this.dataSource = dataSource;
        this.file = file;
        this.entries = entries;
        this.mapper = mapper;
        this.afterwards = afterwards;
    }

    @Override
    public String run(Progress progress) throws Exception {
        try (file; Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                write(connection, progress);
                connection.commit();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        // Even after an import that changed nothing: placing again is how an interrupted placing is finished.
        return summary(afterwards.get());
    }

    private void write(Connection connection, Progress progress) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.execute();
        }
        entries.stream().filter(entry -> !entry.accepted()).forEach(rejections::add);
        long[] done = {rejections.size()};
        try (PreparedStatement parent = connection.prepareStatement(PARENT);
                PreparedStatement stored = connection.prepareStatement(STORED);
                PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (int level = 0; level <= AdminAreaMapping.DEEPEST; level++) {
                int current = level;
                if (entries.stream().noneMatch(entry -> entry.accepted() && entry.level() == current)) {
                    continue;
                }
                file.read(true, feature -> {
                    AdminAreaEntry entry = entries.get(feature.index());
                    if (entry.accepted() && entry.level() == current && feature.geometryFault() != null) {
                        rejections.add(entry.rejected(feature.geometryFault()));
                    } else if (entry.accepted() && entry.level() == current) {
                        write(connection, parent, stored, upsert, entry, feature.geometry());
                        if (++done[0] % REPORT_EVERY == 0) {
                            progress.report(done[0], null);
                        }
                    }
                });
            }
        }
        try (PreparedStatement lineage = connection.prepareStatement(LINEAGE)) {
            lineage.executeUpdate();
        }
    }

    private void write(Connection connection, PreparedStatement parent, PreparedStatement stored,
            PreparedStatement upsert, AdminAreaEntry entry, String geometry) throws SQLException {
        String moved = levelChangeUnderneath(stored, entry);
        if (moved != null) {
            rejections.add(entry.rejected(moved));
            return;
        }
        Array lineage;
        if (entry.level() == 0) {
            lineage = connection.createArrayOf("text", new String[] {entry.pcode()});
        } else {
            parent.setString(1, entry.parent());
            try (ResultSet row = parent.executeQuery()) {
                String problem = !row.next() ? unknownParent(entry)
                        : row.getInt(1) != entry.level() - 1 ? "Its parent " + entry.parent() + " is of level "
                                + row.getInt(1) + "; a parent is one level up, at level " + (entry.level() - 1) + "."
                        : null;
                if (problem != null) {
                    rejections.add(entry.rejected(problem));
                    return;
                }
                List<Object> chain = new ArrayList<>(List.of((Object[]) row.getArray(2).getArray()));
                chain.add(entry.pcode());
                lineage = connection.createArrayOf("text", chain.toArray());
            }
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            upsert.setString(1, geometry);
            upsert.setString(2, entry.pcode());
            upsert.setString(3, entry.name());
            upsert.setInt(4, entry.level());
            upsert.setString(5, entry.parent());
            upsert.setArray(6, lineage);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                count(entry, row.getString(1), (Boolean) row.getObject(2), row.getBoolean(3));
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            if (!unreadableGeometry(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            rejections.add(entry.rejected("Its geometry is not a GeoJSON geometry PostGIS can read."));
        }
    }

    /** Why the area may not change level: areas stored under it would no longer be one level down. */
    private static String levelChangeUnderneath(PreparedStatement stored, AdminAreaEntry entry) throws SQLException {
        stored.setString(1, entry.pcode());
        try (ResultSet row = stored.executeQuery()) {
            if (row.next() && row.getInt(1) != entry.level() && row.getBoolean(2)) {
                return "It is of level " + row.getInt(1) + " in Cairn, with areas under it; an import does not move "
                        + "it to level " + entry.level() + ".";
            }
            return null;
        }
    }

    /** PostGIS reports GeoJSON it cannot read as an internal or a data error; the rest of the import goes on. */
    private static boolean unreadableGeometry(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.equals("XX000") || state.startsWith("22");
    }

    private void count(AdminAreaEntry entry, String fault, Boolean inserted, boolean written) {
        if (fault != null) {
            rejections.add(entry.rejected(fault));
        } else if (!written) {
            unchanged++;
        } else if (inserted) {
            imported++;
        } else {
            updated++;
        }
    }

    private String unknownParent(AdminAreaEntry entry) {
        boolean rejectedHere = rejections.stream().anyMatch(r -> entry.parent().equals(r.pcode()));
        return rejectedHere ? "Its parent " + entry.parent() + " was rejected."
                : "Its parent " + entry.parent() + " is not an area of level " + (entry.level() - 1)
                        + " in this file or in Cairn.";
    }

    private String summary(String assignmentJob) {
        ObjectNode summary = mapper.createObjectNode();
        summary.put("features", entries.size());
        summary.put("imported", imported);
        summary.put("updated", updated);
        summary.put("unchanged", unchanged);
        summary.put("rejected", rejections.size());
        ArrayNode listed = summary.putArray("rejections");
        rejections.stream().sorted(Comparator.comparingInt(AdminAreaEntry::index)).limit(MAX_LISTED)
                .forEach(entry -> listed.addObject().put("feature", entry.index()).put("pcode", entry.pcode())
                        .put("reason", entry.problem()));
        summary.put("assignmentJob", assignmentJob);
        return summary.toString();
    }
}
