package org.cairn.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;

/**
 * A new GeoPackage file with one feature table, written row by row so that memory does not grow with
 * the number of features. The NGA library creates the file, its metadata tables and the feature table;
 * the rows then go straight through a prepared statement on the library's JDBC connection, committed
 * in batches, with each geometry wrapped as it came from PostGIS rather than parsed.
 */
public final class GeoPackageFile implements AutoCloseable {

    static final String ID_COLUMN = "fid";
    static final String GEOMETRY_COLUMN = "geom";

    /**
     * Rows are sent to SQLite in batches, each batch in a transaction of its own: executing them one
     * by one takes twice as long, and committing each would have SQLite end a transaction per feature.
     * A batch is held in memory until it is sent, so it is bounded by its geometries' size as well.
     */
    private static final int BATCH_ROWS = 10_000;
    private static final int BATCH_BYTES = 4 << 20;

    /** "GP", version 0; see the GeoPackage Binary Format in the GeoPackage 1.3 specification. */
    private static final byte[] MAGIC_AND_VERSION = {0x47, 0x50, 0};
    /** Flags bit 0: the header's numbers are little-endian. */
    private static final byte LITTLE_ENDIAN = 1;
    /** Flags bits 1 to 3 set to 1: the header holds the envelope as minx, maxx, miny, maxy. */
    private static final byte XY_ENVELOPE = 1 << 1;
    private static final int HEADER_SIZE = 8;
    private static final int ENVELOPE_SIZE = 4 * Double.BYTES;
    /**
     * The one DATETIME form the GeoPackage allows, with milliseconds always; GDAL warns about each value
     * written otherwise, as Instant.toString() does when the seconds are whole or finer than milliseconds.
     */
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final GeoPackage geoPackage;
    private final Connection connection;
    private final PreparedStatement insert;
    private final String table;
    private final int srsId;
    private final List<GeoPackageColumn> columns;
    private int batchRows;
    private long batchBytes;
    private double minX = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    private GeoPackageFile(GeoPackage geoPackage, String table, int srsId, List<GeoPackageColumn> columns)
            throws SQLException {
        this.geoPackage = geoPackage;
        this.connection = geoPackage.getConnection().getConnection();
        this.table = table;
        this.srsId = srsId;
        this.columns = columns;
        try (Statement pragma = connection.createStatement()) {
            // The file is new and worthless if the export fails half way, so there is nothing for a
            // journal on disk or a sync per commit to protect. Both must be set outside a transaction.
            pragma.execute("PRAGMA synchronous = OFF");
            pragma.execute("PRAGMA journal_mode = MEMORY");
        }
        connection.setAutoCommit(false);
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quoted(table)).append(" (")
                .append(quoted(GEOMETRY_COLUMN));
        columns.forEach(column -> sql.append(", ").append(quoted(column.name())));
        sql.append(") VALUES (?").append(", ?".repeat(columns.size())).append(')');
        this.insert = connection.prepareStatement(sql.toString());
    }

    /**
     * Creates the file, which must not exist yet and must end in .gpkg (the library insists), with a
     * feature table of an INTEGER PRIMARY KEY {@value #ID_COLUMN}, a geometry column {@value #GEOMETRY_COLUMN}
     * of the given type (such as MULTIPOLYGON, POINT or GEOMETRY) in the given EPSG code, and the columns.
     */
    public static GeoPackageFile create(Path file, String table, String geometryType, int srsId,
            List<GeoPackageColumn> columns) throws SQLException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            // Without the extension the library would add one, and the file would not be at the path given.
            throw new IllegalArgumentException("A GeoPackage file name ends in .gpkg: " + file);
        }
        checkNames(table, columns);
        GeometryType type = GeometryType.fromName(geometryType.toUpperCase(Locale.ROOT));
        GeoPackageManager.create(file.toFile());
        GeoPackage geoPackage = GeoPackageManager.open(file.toFile());
        try {
            SpatialReferenceSystem srs = geoPackage.getSpatialReferenceSystemDao().getOrCreateFromEpsg(srsId);
            GeometryColumns geometryColumns = new GeometryColumns();
            geometryColumns.setId(new TableColumnKey(table, GEOMETRY_COLUMN));
            geometryColumns.setGeometryType(type);
            geometryColumns.setSrs(srs);
            // PostGIS hands over two-dimensional geometries: z and m are prohibited.
            geometryColumns.setZ((byte) 0);
            geometryColumns.setM((byte) 0);
            List<FeatureColumn> attributes = columns.stream().map(column -> FeatureColumn.createColumn(
                    column.name(), GeoPackageDataType.valueOf(column.type().name()))).toList();
            geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns, ID_COLUMN, attributes));
            return new GeoPackageFile(geoPackage, table, (int) srs.getSrsId(), List.copyOf(columns));
        } catch (RuntimeException | SQLException e) {
            geoPackage.close();
            throw e;
        }
    }

    /**
     * Adds one feature. The geometry is ISO or OGC WKB as PostGIS's ST_AsBinary writes it, or null; the
     * envelope is minx, maxx, miny, maxy, or null for no envelope (as for an empty geometry). The values
     * are one per column, each null or: a Number for INTEGER and REAL, a Boolean for BOOLEAN (stored as
     * 0 or 1), for TEXT and DATE anything whose toString() is the text (a DATE as 2024-05-31), and for
     * DATETIME an Instant, an OffsetDateTime or ISO-8601 text with an offset, stored in UTC.
     */
    public void add(byte[] wkb, double[] envelope, Object[] values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " values expected, not " + values.length);
        }
        if (wkb == null) {
            insert.setNull(1, Types.BLOB);
        } else {
            byte[] blob = geometryBlob(wkb, envelope);
            insert.setBytes(1, blob);
            batchBytes += blob.length;
        }
        for (int i = 0; i < values.length; i++) {
            bind(i + 2, columns.get(i).type(), values[i]);
        }
        insert.addBatch();
        if (++batchRows == BATCH_ROWS || batchBytes >= BATCH_BYTES) {
            commitBatch();
        }
    }

    /** Commits the last rows, records the extent of all envelopes in gpkg_contents and closes the file. */
    @Override
    public void close() throws SQLException {
        try (insert) {
            insert.executeBatch();
            try (PreparedStatement contents = connection.prepareStatement("UPDATE gpkg_contents SET min_x = ?, "
                    + "max_x = ?, min_y = ?, max_y = ?, last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                    + "WHERE table_name = ?")) {
                boolean extent = minX <= maxX;
                bindExtent(contents, 1, extent, minX);
                bindExtent(contents, 2, extent, maxX);
                bindExtent(contents, 3, extent, minY);
                bindExtent(contents, 4, extent, maxY);
                contents.setString(5, table);
                contents.executeUpdate();
            }
            connection.commit();
        } finally {
            geoPackage.close();
        }
    }

    private void commitBatch() throws SQLException {
        insert.executeBatch();
        connection.commit();
        batchRows = 0;
        batchBytes = 0;
    }

    /** The GeoPackage geometry blob: a header with the srs id and envelope, then the WKB as it is. */
    private byte[] geometryBlob(byte[] wkb, double[] envelope) {
        if (envelope != null && envelope.length != 4) {
            throw new IllegalArgumentException("An envelope is minx, maxx, miny, maxy, not " + envelope.length
                    + " numbers");
        }
        int envelopeSize = envelope == null ? 0 : ENVELOPE_SIZE;
        ByteBuffer blob = ByteBuffer.allocate(HEADER_SIZE + envelopeSize + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        blob.put(MAGIC_AND_VERSION);
        blob.put((byte) (LITTLE_ENDIAN | (envelope == null ? 0 : XY_ENVELOPE)));
        blob.putInt(srsId);
        if (envelope != null) {
            for (double value : envelope) {
                blob.putDouble(value);
            }
            minX = Math.min(minX, envelope[0]);
            maxX = Math.max(maxX, envelope[1]);
            minY = Math.min(minY, envelope[2]);
            maxY = Math.max(maxY, envelope[3]);
        }
        return blob.put(wkb).array();
    }

    private void bind(int index, GeoPackageColumn.Type type, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.NULL);
            return;
        }
        switch (type) {
            case TEXT, DATE -> insert.setString(index, value.toString());
            case DATETIME -> insert.setString(index, DATETIME.format(value instanceof TemporalAccessor time
                    ? Instant.from(time) : Instant.parse(value.toString())));
            case INTEGER -> insert.setLong(index, ((Number) value).longValue());
            case REAL -> insert.setDouble(index, ((Number) value).doubleValue());
            case BOOLEAN -> insert.setInt(index, (Boolean) value ? 1 : 0);
        }
    }

    private static void bindExtent(PreparedStatement statement, int index, boolean extent, double value)
            throws SQLException {
        if (extent) {
            statement.setDouble(index, value);
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    /**
     * The library writes names into its CREATE TABLE in double quotes without doubling the quotes
     * inside, so a name with one is refused here rather than breaking the SQL. SQLite compares names
     * without regard to case, so the columns may not repeat fid or geom in any case, nor each other.
     */
    private static void checkNames(String table, List<GeoPackageColumn> columns) {
        Set<String> names = new HashSet<>(List.of(ID_COLUMN, GEOMETRY_COLUMN));
        checkName(table);
        for (GeoPackageColumn column : columns) {
            checkName(column.name());
            if (!names.add(column.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Column name used twice: " + column.name());
            }
        }
    }

    private static void checkName(String name) {
        if (name.isBlank() || name.indexOf('"') >= 0) {
            throw new IllegalArgumentException("Not a usable GeoPackage name: '" + name + "'");
        }
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }
}
