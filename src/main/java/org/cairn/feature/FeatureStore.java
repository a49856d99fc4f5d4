package org.cairn.feature;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.db.Freshness;
import org.cairn.db.Reads;
import org.cairn.geo.Crs;
import org.cairn.security.FeatureAccess;

/**
 * Reads features for every list and single-item answer. A page streams from a server-side cursor
 * to the client: memory stays flat whatever the page size, and no geometry object is ever built.
 */
@ApplicationScoped
public class FeatureStore {

    private static final int FETCH_SIZE = 500;
    /**
     * How many footprints the index gives and sorts in the time the planner's own plan reads and
     * tests one row in the list's order, measured on 1 000 000 hazard areas: the ordered plan reads
     * about (page size × rows in the table / rows in the window) rows before the page is full.
     */
    private static final double FOOTPRINTS_PER_ORDERED_ROW = 30;

    private final AgroalDataSource dataSource;
    private final Reads reads;
    private final JsonFactory json;
    private final ObjectMapper mapper;
    private final WindowEstimates windowEstimates;
    private final KnownAdminAreas adminAreas;

    public FeatureStore(AgroalDataSource dataSource, Reads reads, ObjectMapper mapper, WindowEstimates windowEstimates,
            KnownAdminAreas adminAreas) {
        this.dataSource = dataSource;
        this.reads = reads;
        this.mapper = mapper;
        this.windowEstimates = windowEstimates;
        this.adminAreas = adminAreas;
        this.json = mapper.getFactory();
    }

    /**
     * A page of features. The plain query is made now, so that a bad filter is refused before the
     * answer begins; whether the footprint index serves the page better is asked, and the page read,
     * on one connection as the answer is written: the standby's when the page may lag and it serves.
     */
    public StreamingOutput page(FeatureType type, FeatureQuery query, FeatureAccess access, PageLinks links,
            Freshness freshness) {
        SqlStatement plain = FeatureSql.page(type, query, access);
        adminAreas.require(query);
        return output -> {
            try {
                reads.read(freshness, (connection, attempt) -> {
                    SqlStatement select = byFootprint(type, query, access, connection)
                            ? FeatureSql.pageByFootprint(type, query, access)
                            : plain;
                    ServerCursor.stream(connection, select, FETCH_SIZE, query.limit() + 1L, rows -> {
                        attempt.answering();
                        writeCollection(type, query, access, links, rows, output);
                    });
                    return null;
                });
            } catch (SQLException e) {
                throw new FeatureReadException(e);
            }
        };
    }

    /**
     * Whether the query's page is best chosen from the footprint index: a type with one, a window
     * and nothing else to select by, and a window that holds few enough rows that sorting them all
     * costs less than reading rows in order until the page is full. Other filters (a text search,
     * {@code updatedSince}, one organisation's records) may keep all but a few of the window's
     * rows out, and the plain query can use their own indexes where the two steps would read every
     * candidate in turn.
     */
    private boolean byFootprint(FeatureType type, FeatureQuery query, FeatureAccess access, Connection connection)
            throws SQLException {
        if (type.footprintTable() == null || query.bbox() == null || !query.bbox().single()
                || !query.filters().isEmpty() || !query.conditions().isEmpty() || access.organisation() != null) {
            return false;
        }
        Optional<WindowEstimates.Estimate> estimate = windowEstimates.of(type, query.bbox(), connection);
        if (estimate.isEmpty()) {
            return false;
        }
        double matches = estimate.get().matches();
        double orderedRows = (query.limit() + 1) * estimate.get().total() / Math.max(matches, 1);
        return matches <= FOOTPRINTS_PER_ORDERED_ROW * orderedRows;
    }

    /** Runs the query with a server-side cursor and hands its result over. */
    private void stream(SqlStatement select, ServerCursor.RowsHandler handler) throws IOException {
        try {
            reads.read(Freshness.MAY_LAG, (connection, attempt) -> {
                ServerCursor.stream(connection, select, FETCH_SIZE, Long.MAX_VALUE, rows -> {
                    attempt.answering();
                    handler.accept(rows);
                });
                return null;
            });
        } catch (SQLException e) {
            throw new FeatureReadException(e);
        }
    }

    /** Something that takes the rows of an export one by one. */
    public interface RowHandler {
        void accept(FeatureRow row) throws SQLException, IOException;
    }

    /** The rows of an export, read when handed to a handler. */
    public interface Rows {
        void forEach(RowHandler handler) throws IOException;
    }

    /**
     * Every feature the query reaches. The SQL is made now, so that a bad filter is refused before
     * the answer begins; the rows come later from a server-side cursor, so that an export of any
     * size holds one fetch of rows in memory at a time. Exports may lag: a standby may serve them.
     */
    public Rows export(FeatureType type, FeatureQuery query, FeatureAccess access, GeometryEncoding encoding) {
        SqlStatement select = FeatureSql.all(type, query, access, encoding);
        adminAreas.require(query);
        return handler -> stream(select, rows -> {
            FeatureRow row = new FeatureRow(rows, type.properties());
            while (rows.next()) {
                handler.accept(row);
            }
        });
    }

    /** The features of these ids the caller may see, by id, read with one query. */
    public Map<UUID, byte[]> many(FeatureType type, Collection<UUID> ids, FeatureAccess access) {
        Map<UUID, byte[]> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = FeatureSql.many(type, ids, access).prepare(connection);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                try (JsonGenerator generator = json.createGenerator(buffer, JsonEncoding.UTF8)) {
                    generator.setCodec(mapper);
                    FeatureWriter.write(generator, type.properties(), null, row, ExtraMembers.NONE);
                }
                found.put(row.getObject(FeatureSql.ID, UUID.class), buffer.toByteArray());
            }
        } catch (SQLException e) {
            throw new FeatureReadException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    public Optional<StoredFeature> one(FeatureType type, UUID id, FeatureAccess access) {
        return one(type, id, access, Crs.CRS84, ExtraMembers.NONE);
    }

    public Optional<StoredFeature> one(FeatureType type, UUID id, FeatureAccess access, ExtraMembers extra) {
        return one(type, id, access, Crs.CRS84, extra);
    }

    public Optional<StoredFeature> one(FeatureType type, UUID id, FeatureAccess access, Crs crs, ExtraMembers extra) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = FeatureSql.one(type, id, access, crs).prepare(connection);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (JsonGenerator generator = json.createGenerator(buffer, JsonEncoding.UTF8)) {
                generator.setCodec(mapper);
                FeatureWriter.write(generator, type.properties(), null, row, extra);
            }
            return Optional.of(new StoredFeature(id, row.getLong(FeatureSql.VERSION), buffer.toByteArray()));
        } catch (SQLException e) {
            throw new FeatureReadException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeCollection(FeatureType type, FeatureQuery query, FeatureAccess access, PageLinks links,
            ResultSet rows, OutputStream output) throws SQLException, IOException {
        try (JsonGenerator generator = json.createGenerator(output, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("type", "FeatureCollection");
            generator.writeArrayFieldStart("features");
            int returned = 0;
            String lastSortValue = null;
            String lastId = null;
            boolean more = false;
            while (rows.next()) {
                if (returned == query.limit()) {
                    more = true;
                    break;
                }
                FeatureWriter.write(generator, type.properties(), query.properties(), rows, ExtraMembers.NONE);
                lastSortValue = rows.getString(FeatureWriter.sortColumn(type.properties()));
                lastId = rows.getString(FeatureSql.ID);
                returned++;
            }
            generator.writeEndArray();
            generator.writeNumberField("numberReturned", returned);
            if (links.numberMatched() != null) {
                generator.writeNumberField("numberMatched", links.numberMatched());
            }
            generator.writeStringField("timeStamp", Instant.now().toString());
            generator.writeArrayFieldStart("links");
            PageLinks.write(generator, "self", links.type(), links.self());
            for (PageLinks.Link other : links.others()) {
                PageLinks.write(generator, other.rel(), other.type(), other.href());
            }
            if (more) {
                String cursor = new Cursor(query.sortToken(), lastSortValue, UUID.fromString(lastId)).encode();
                PageLinks.write(generator, "next", links.type(), links.nextWithCursor().apply(cursor));
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /** Whether the caller may see the feature of this id, read without the feature itself. */
    public boolean exists(FeatureType type, UUID id, FeatureAccess access) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = FeatureSql.exists(type, id, access).prepare(connection);
                ResultSet row = statement.executeQuery()) {
            return row.next();
        } catch (SQLException e) {
            throw new FeatureReadException(e);
        }
    }

    /** How many features the query reaches over all its pages, for OGC's numberMatched; read where pages are. */
    public long count(FeatureType type, FeatureQuery query, FeatureAccess access) {
        try {
            return reads.read(Freshness.MAY_LAG, (connection, attempt) -> {
                try (PreparedStatement statement = FeatureSql.count(type, query, access).prepare(connection);
                        ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            });
        } catch (SQLException | IOException e) {
            throw new FeatureReadException(e);
        }
    }
}
