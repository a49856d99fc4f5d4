package org.cairn.openrosa;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Clock;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Submissions refused, kept so that a data manager sees what a field team could not send and why.
 * Written on a connection of its own, so that the refusal stays when the request's work is undone;
 * what the device named (form, instance) is kept as sent, cut short, for the data manager to match.
 */
@ApplicationScoped
public class Refusals {

    private static final int MAX_NAMED = 200;

    @Inject AgroalDataSource dataSource;

    /** A refused submission. */
    @Schema(name = "RefusedSubmission")
    public record Refusal(UUID id, Instant refusedAt, String receivedBy, UUID organisationId, String formId,
            String instanceId, int status, String reason) {
    }

    void record(String by, UUID organisation, String formId, String instanceId, int status, String reason) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO openrosa_refusal (id, "
                        + "refused_at, received_by, organisation_id, form_id, instance_id, status, reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setTimestamp(2, Timestamp.from(Clock.now()));
            insert.setString(3, by);
            insert.setObject(4, organisation);
            insert.setString(5, cut(formId));
            insert.setString(6, cut(instanceId));
            insert.setInt(7, status);
            insert.setString(8, reason);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("A refused submission could not be recorded", e);
        }
    }

    /** The latest refusals, newest first. */
    List<Refusal> latest(int limit) {
        List<Refusal> refusals = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, refused_at, received_by, "
                        + "organisation_id, form_id, instance_id, status, reason FROM openrosa_refusal "
                        + "ORDER BY refused_at DESC, id DESC LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    refusals.add(new Refusal(row.getObject(1, UUID.class),
                            row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                            row.getObject(4, UUID.class), row.getString(5), row.getString(6), row.getInt(7),
                            row.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Refused submissions could not be read", e);
        }
        return refusals;
    }

    /** What a device named, without control characters or half surrogates, cut to a length a person reads. */
    private static String cut(String named) {
        if (named == null) {
            return null;
        }
        return named.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .limit(MAX_NAMED)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
