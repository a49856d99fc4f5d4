package org.cairn.operations;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.cairn.db.Standby;

/**
 * Cairn's own figures, read from the database when Prometheus scrapes them (so every replica
 * reports the same): jobs by state, and how far the change feed lags, which is the age of the
 * oldest change a still-open transaction holds back from it.
 */
@Singleton
public class CairnMetrics implements MeterBinder {

    private static final List<String> JOB_STATES = List.of("QUEUED", "RUNNING", "DONE", "FAILED");
    private static final String FEED_LAG = "SELECT coalesce(extract(epoch FROM now() - min(changed_at)), 0) "
            + "FROM change_log WHERE tx >= pg_snapshot_xmin(pg_current_snapshot())";

    @Inject AgroalDataSource dataSource;
    @Inject Standby standby;

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String state : JOB_STATES) {
            Gauge.builder("cairn.jobs", () -> number("SELECT count(*) FROM job WHERE state = '" + state + "'"))
                    .description("Background jobs in this state").tag("state", state).register(registry);
        }
        Gauge.builder("cairn.change.feed.lag", () -> number(FEED_LAG)).baseUnit("seconds")
                .description("Age of the oldest change an open transaction still holds back from the feed")
                .register(registry);
        Gauge.builder("cairn.standby.lag", this::standbyLag).baseUnit("seconds")
                .description("How far the standby was behind the primary at its last check; missing without one")
                .register(registry);
    }

    private double standbyLag() {
        Duration lag = standby.lag();
        return lag == null ? Double.NaN : lag.toNanos() / 1e9;
    }

    /** One figure; NaN, which Prometheus shows as missing, while the database cannot answer. */
    private double number(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
