package org.cairn.changes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.cairn.feature.Catalogue;
import org.cairn.feature.FeatureStore;
import org.cairn.feature.ServedCollection;
import org.cairn.feature.SqlStatement;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.victim.CasualtyService;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * Reads the change log for a caller: entries of the collections it may read, of records it may
 * see now, and only of transactions that can no longer be overtaken (see V6__change_feed.sql).
 */
@RequestScoped
public class ChangeFeed {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    /** What the caller may follow, by name. */
    private final Map<String, FeedCollection> followed = new LinkedHashMap<>();

    ChangeFeed(AgroalDataSource dataSource, ObjectMapper mapper, FeatureStore features, Catalogue collections,
            CasualtyService casualties, Caller caller) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        for (ServedCollection collection : collections.visibleTo(caller)) {
            // Survey points change with their hazard area or activity, whose entries carry them.
            if (!collection.id().equals("survey-points")) {
                followed.put(collection.id(), new FeatureFeed(collection.type(caller.hasSensitiveDataPermission()),
                        features, caller.featureAccess()));
            }
        }
        if (caller.may(Access.READ_CASUALTIES)) {
            followed.put(CasualtyFeed.NAME, new CasualtyFeed(casualties, caller, mapper));
        }
    }

    /** The collections this caller may follow. */
    public List<String> collections() {
        return List.copyOf(followed.keySet());
    }

    /** A page of entries after the cursor, with the items when asked; the next cursor is the last entry's. */
    public StreamingOutput page(ChangeRequest request, Function<ChangeCursor, String> nextLink) {
        List<Entry> entries = entries(request);
        ChangeCursor next = entries.isEmpty() ? request.after() : entries.get(entries.size() - 1).cursor();
        Map<UUID, byte[]> items = request.withItems() ? items(entries) : Map.of();
        return output -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(output)) {
                json.writeStartObject();
                json.writeArrayFieldStart("entries");
                for (Entry entry : entries) {
                    write(entry, request.withItems(), items, json);
                }
                json.writeEndArray();
                json.writeStringField("next", next.toString());
                json.writeBooleanField("more", entries.size() == request.limit());
                json.writeArrayFieldStart("links");
                json.writeStartObject();
                json.writeStringField("rel", "next");
                json.writeStringField("type", "application/json");
                json.writeStringField("href", nextLink.apply(next));
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
        };
    }

    private List<Entry> entries(ChangeRequest request) {
        SqlStatement query = new SqlStatement().append("SELECT c.tx::text::bigint, c.position, c.collection, "
                + "c.item_id, c.version, c.operation, c.changed_at FROM change_log c "
                + "WHERE (c.tx, c.position) > (?::text::xid8, ?) "
                // One statement, one snapshot: its xmin bounds the transactions that are over.
                + "AND c.tx < pg_snapshot_xmin(pg_current_snapshot()) AND (false",
                String.valueOf(request.after().tx()), request.after().position());
        for (String collection : request.collections()) {
            visible(collection, query);
        }
        query.append(") ORDER BY c.tx, c.position LIMIT ?", request.limit());
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = query.prepare(connection);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                entries.add(new Entry(new ChangeCursor(row.getLong(1), row.getLong(2)), row.getString(3),
                        row.getObject(4, UUID.class), row.getLong(5), row.getString(6),
                        row.getObject(7, OffsetDateTime.class).toInstant().toString()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The change feed could not be read", e);
        }
        if (entries.isEmpty() && !request.after().equals(ChangeCursor.START)) {
            refuseBeyondHead(request.after());
        }
        return entries;
    }

    /**
     * Refuses a cursor of a transaction the feed has not reached: the feed hands out only entries of
     * transactions older than every one still running, so such a cursor was never handed out, and
     * polling with it would skip every change until that transaction, silently.
     */
    private void refuseBeyondHead(ChangeCursor after) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT ?::text::xid8 < pg_snapshot_xmin(pg_current_snapshot())")) {
            statement.setString(1, String.valueOf(after.tx()));
            try (ResultSet reached = statement.executeQuery()) {
                if (reached.next() && !reached.getBoolean(1)) {
                    throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter after lies beyond the "
                            + "feed's head, where no entry has been handed out; send back a cursor the feed gave, or "
                            + "none to start from the beginning.");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The change feed could not be read", e);
        }
    }

    /** Entries of a collection whose record the caller may see now, deleted or not. */
    private void visible(String collection, SqlStatement query) {
        query.append(" OR (c.collection = ? AND EXISTS (SELECT 1 FROM ", collection);
        followed.get(collection).visible(query);
        query.append("))");
    }

    /** The records the page's entries name, as they are now: one read per collection, not per entry. */
    private Map<UUID, byte[]> items(List<Entry> entries) {
        Map<String, Set<UUID>> ids = new LinkedHashMap<>();
        entries.forEach(entry -> ids.computeIfAbsent(entry.collection(), c -> new HashSet<>()).add(entry.id()));
        Map<UUID, byte[]> items = new HashMap<>();
        ids.forEach((collection, wanted) -> items.putAll(followed.get(collection).items(wanted)));
        return items;
    }

    private void write(Entry entry, boolean withItem, Map<UUID, byte[]> items, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("cursor", entry.cursor().toString());
        json.writeStringField("collection", entry.collection());
        json.writeStringField("id", entry.id().toString());
        json.writeNumberField("version", entry.version());
        json.writeStringField("operation", entry.operation());
        json.writeStringField("changedAt", entry.changedAt());
        if (withItem && !entry.operation().equals("DELETE")) {
            json.writeFieldName("item");
            byte[] item = items.get(entry.id());
            if (item != null) {
                json.writeRawValue(new String(item, StandardCharsets.UTF_8));
            } else {
                // Deleted since, which a later entry says.
                json.writeNull();
            }
        }
        json.writeEndObject();
    }

    private record Entry(ChangeCursor cursor, String collection, UUID id, long version, String operation,
            String changedAt) {
    }
}
