package org.cairn.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.cairn.sealing.SealedText;
import org.cairn.security.FeatureAccess;

/**
 * Reads every version of an item from its audit table and says, version by version, who changed
 * what: old and new value of each property, and the geometry as it was. Deleted items keep their
 * history. A column {@code x_sealed} holds the text of property x sealed ({@link SealedText}): it
 * is opened here, for callers whom the resource lets read the history at all.
 */
@ApplicationScoped
public class HistoryReader {

    private static final String[] OPERATIONS = {"CREATE", "UPDATE", "DELETE"};

    private static final String SEALED = "_sealed";

    @Inject AgroalDataSource dataSource;
    @Inject ObjectMapper mapper;
    @Inject SealedText sealedText;

    /** The history, or empty when the item never existed or the caller may not see it. */
    public Optional<ObjectNode> history(AuditedType type, UUID id, FeatureAccess access) {
        ObjectNode history = mapper.createObjectNode();
        history.put("id", id.toString());
        ArrayNode versions = history.putArray("versions");
        JsonNode previous = mapper.createObjectNode();
        String previousGeometry = null;
        String organisation = null;
        boolean restrictedRows = false;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql(type))) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ObjectNode state = opened((ObjectNode) mapper.readTree(row.getString("state")));
                    String geometry = row.getString("geometry");
                    ObjectNode version = versions.addObject();
                    version.put("revision", row.getLong("rev"));
                    version.set("version", state.get("version"));
                    version.put("operation", operation(row.getInt("revtype"), previous, state));
                    version.put("changedAt", row.getObject("changed_at", OffsetDateTime.class).toInstant().toString());
                    ObjectNode author = version.putObject("changedBy");
                    author.put("subject", row.getString("subject"));
                    author.put("organisation", row.getString("organisation"));
                    author.put("client", row.getString("client"));
                    version.set("changes", changes(type, previous, state));
                    version.put("geometryChanged", geometry != null && !geometry.equals(previousGeometry));
                    version.set("geometry", geometry == null ? NullNode.getInstance() : mapper.readTree(geometry));
                    previous = state;
                    previousGeometry = geometry;
                    organisation = state.path(type.organisationColumn()).asText(null);
                    restrictedRows |= row.getBoolean("withholds");
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("History of " + id + " could not be read", e);
        }
        if (!access.restricted()) {
            withhold(versions, restrictedRows ? type.restrictions().all() : type.restrictions().always());
        }
        boolean visible = !versions.isEmpty()
                && (access.organisation() == null || access.organisation().toString().equals(organisation));
        return visible ? Optional.of(history) : Optional.empty();
    }

    /** The state with its sealed columns opened, each under the column name it stands for. */
    private ObjectNode opened(ObjectNode state) {
        List<String> sealed = new ArrayList<>();
        state.fieldNames().forEachRemaining(column -> {
            if (column.endsWith(SEALED)) {
                sealed.add(column);
            }
        });
        for (String column : sealed) {
            JsonNode value = state.remove(column);
            String text = value.isNull() ? null
                    : sealedText.convertToEntityAttribute(HexFormat.of().parseHex(value.asText().substring(2)));
            state.put(column.substring(0, column.length() - SEALED.length()), text);
        }
        return state;
    }

    /** Replaces the old and new values of these properties' changes in every version by "withheld". */
    private static void withhold(ArrayNode versions, Set<String> properties) {
        for (JsonNode version : versions) {
            for (JsonNode change : version.get("changes")) {
                if (properties.contains(change.get("field").asText())) {
                    ObjectNode withheld = (ObjectNode) change;
                    withheld.remove("old");
                    withheld.remove("new");
                    withheld.put("withheld", true);
                }
            }
        }
    }

    private static String sql(AuditedType type) {
        String relations = type.relationsSql() == null ? "'{}'::jsonb" : type.relationsSql();
        String geometry = type.geometryColumn() == null ? "NULL::text" : "ST_AsGeoJSON(a." + type.geometryColumn() + ", 15)";
        String withoutGeometry = type.geometryColumn() == null ? "" : " - '" + type.geometryColumn() + "'";
        // The restrictions' condition is written over a row t: the version is read again under that name.
        String withholds = type.restrictions().condition() == null ? "false"
                : "(SELECT " + type.restrictions().condition() + " FROM " + type.auditTable()
                        + " t WHERE t.id = a.id AND t.rev = a.rev)";
        return "SELECT a.rev, a.revtype, r.changed_at, r.subject, r.organisation, r.client,"
                + " " + geometry + " AS geometry, " + withholds + " AS withholds,"
                + " (to_jsonb(a)" + withoutGeometry + " - 'rev' - 'revtype' - 'revend' - 'id')"
                + " || " + relations + " AS state"
                + " FROM " + type.auditTable() + " a JOIN revision r ON r.id = a.rev"
                + " WHERE a.id = ? ORDER BY a.rev";
    }

    /** Cairn deletes by marking: an update that sets deleted_at is the deletion. */
    private static String operation(int revtype, JsonNode previous, JsonNode state) {
        boolean wasDeleted = !previous.path("deleted_at").isMissingNode() && !previous.path("deleted_at").isNull();
        boolean isDeleted = !state.path("deleted_at").isMissingNode() && !state.path("deleted_at").isNull();
        if (revtype == 1 && !wasDeleted && isDeleted) {
            return "DELETE";
        }
        return OPERATIONS[revtype];
    }

    private ArrayNode changes(AuditedType type, JsonNode previous, JsonNode state) {
        ArrayNode changes = mapper.createArrayNode();
        TreeSet<String> columns = new TreeSet<>();
        previous.fieldNames().forEachRemaining(columns::add);
        Iterator<String> names = state.fieldNames();
        names.forEachRemaining(columns::add);
        for (String column : columns) {
            JsonNode before = previous.path(column);
            JsonNode after = state.path(column);
            if (type.omitted().contains(column) || sameValue(before, after)) {
                continue;
            }
            String property = type.propertyName(column);
            ObjectNode change = changes.addObject();
            change.put("field", property);
            change.set("old", before.isMissingNode() ? NullNode.getInstance() : before);
            change.set("new", after.isMissingNode() ? NullNode.getInstance() : after);
        }
        return changes;
    }

    private static boolean sameValue(JsonNode before, JsonNode after) {
        boolean beforeEmpty = before.isMissingNode() || before.isNull();
        boolean afterEmpty = after.isMissingNode() || after.isNull();
        return beforeEmpty && afterEmpty || before.equals(after);
    }
}
