package org.cairn.openrosa;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.sealing.Sealing;

/**
 * The parts of a submission that came in several requests, kept sealed until the last one
 * arrives. A part sent again replaces itself; parts whose submission never finished go after a week.
 */
@ApplicationScoped
public class PendingParts {

    private static final String KEEP = "INSERT INTO openrosa_part (instance_id, name, content_sealed, received_at, "
            + "received_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (instance_id, name) DO UPDATE SET "
            + "content_sealed = excluded.content_sealed, received_at = excluded.received_at";

    @Inject AgroalDataSource dataSource;
    @Inject Sealing sealing;

    void keep(UUID instanceId, Map<String, Part> parts, String by) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement expired = connection.prepareStatement(
                    "DELETE FROM openrosa_part WHERE received_at < now() - interval '7 days'")) {
                expired.executeUpdate();
            }
            try (PreparedStatement keep = connection.prepareStatement(KEEP)) {
                for (Map.Entry<String, Part> part : parts.entrySet()) {
                    keep.setObject(1, instanceId);
                    keep.setString(2, part.getKey());
                    keep.setBytes(3, sealing.seal(part.getValue().bytes(), label(instanceId, part.getKey())));
                    keep.setTimestamp(4, Timestamp.from(Clock.now()));
                    keep.setString(5, by);
                    keep.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The parts of a submission could not be kept", e);
        }
    }

    /** The parts kept for a submission, by name. */
    Map<String, Part> of(UUID instanceId) {
        Map<String, Part> parts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT name, content_sealed FROM openrosa_part WHERE instance_id = ? ORDER BY name")) {
            select.setObject(1, instanceId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String name = row.getString(1);
                    parts.put(name, Part.of(sealing.open(row.getBytes(2), label(instanceId, name))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The parts of a submission could not be read", e);
        }
        return parts;
    }

    void forget(UUID instanceId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM openrosa_part WHERE instance_id = ?")) {
            delete.setObject(1, instanceId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The parts of a submission could not be removed", e);
        }
    }

    private static String label(UUID instanceId, String name) {
        return "openrosa-part:" + instanceId + ":" + name;
    }
}
