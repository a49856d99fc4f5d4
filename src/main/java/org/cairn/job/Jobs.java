package org.cairn.job;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The job table: every replica records its jobs' progress there and any replica answers for any
 * job. Each call commits at once, so that progress shows while the work's own transaction runs.
 */
@ApplicationScoped
public class Jobs {

    /**
     * The replica holding a job refreshes its heartbeat this often, queued or running (and with
     * every step of progress); a job silent for {@link #SILENCE} lost its replica (stopped,
     * crashed) and is reported failed rather than running forever.
     */
    static final long BEAT_SECONDS = 60;
    static final String SILENCE = "5 minutes";

    @Inject AgroalDataSource dataSource;

    UUID create(JobKind kind, Long total, String by) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO job (id, kind, state, total, created_at, created_by, heartbeat_at) "
                + "VALUES (?, ?, 'QUEUED', ?, now(), ?, now())", id, kind.name(), total, by);
        return id;
    }

    void start(UUID id) {
        update("UPDATE job SET state = 'RUNNING', heartbeat_at = now() WHERE id = ?", id);
    }

    void progress(UUID id, long done, Long total) {
        update("UPDATE job SET done = ?, total = coalesce(?, total), heartbeat_at = now() WHERE id = ?", done, total,
                id);
    }

    void beat(Set<UUID> ids) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("UPDATE job SET heartbeat_at = now() "
                        + "WHERE id = ANY(?) AND state IN ('QUEUED', 'RUNNING')")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The job table could not be written", e);
        }
    }

    void finish(UUID id, String summary) {
        update("UPDATE job SET state = 'DONE', done = coalesce(total, done), summary = CAST(? AS jsonb), "
                + "heartbeat_at = now(), finished_at = now() WHERE id = ?", summary, id);
    }

    void fail(UUID id, String failure) {
        update("UPDATE job SET state = 'FAILED', failure = ?, heartbeat_at = now(), finished_at = now() "
                + "WHERE id = ?", failure, id);
    }

    /** The job, after failing it if its replica fell silent. */
    public Optional<Job> get(UUID id) {
        update("UPDATE job SET state = 'FAILED', failure = 'Interrupted: the service instance running it stopped. "
                + "Run it again.', finished_at = now() WHERE id = ? AND state IN ('QUEUED', 'RUNNING') "
                + "AND heartbeat_at < now() - CAST('" + SILENCE + "' AS interval)", id);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT kind, state, done, total, "
                        + "summary::text, failure, created_at, finished_at FROM job WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp finished = row.getTimestamp(8);
                return Optional.of(new Job(id, JobKind.valueOf(row.getString(1)), JobState.valueOf(row.getString(2)),
                        row.getLong(3), (Long) row.getObject(4), row.getString(5), row.getString(6),
                        row.getTimestamp(7).toInstant(), finished == null ? null : finished.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Job " + id + " could not be read", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The job table could not be written", e);
        }
    }
}
