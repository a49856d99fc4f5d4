package org.cairn.db;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.cairn.config.CairnConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The streaming standby, when one is configured, and whether it may serve now. Its lag is measured
 * as what matters to a reader: how long ago the primary last held no more than the standby has
 * replayed. Each check notes the primary's WAL position and the time; the standby is as old as the
 * newest of those positions its replay has reached (none behind when it has reached the current
 * one), so an idle primary never makes a caught-up standby look late. A standby past the bound,
 * or one that failed a request, is left out until a later check finds it caught up.
 */
@ApplicationScoped
public class Standby {

    private static final Logger LOG = Logger.getLogger(Standby.class);

    private record Position(Instant at, long lsn) {
    }

    private final AgroalDataSource primary;
    private final Optional<AgroalDataSource> pool;
    private final Duration maxLag;
    private final Duration checkInterval;
    private final Duration downFor;
    private final ReentrantLock checking = new ReentrantLock();
    private final Deque<Position> positions = new ArrayDeque<>();
    private volatile Instant checkedAt = Instant.MIN;
    private volatile Instant downUntil = Instant.MIN;
    /** The lag found at the last check, and when; null while unknown or after a failure. */
    private volatile Verdict verdict;

    private record Verdict(Duration lag, Instant at) {

        /** The lag now, at the least: the standby may have replayed nothing since. */
        Duration by(Instant now) {
            return lag.plus(Duration.between(at, now));
        }
    }

    Standby(AgroalDataSource primary, CairnConfig config,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) throws SQLException {
        this.primary = primary;
        CairnConfig.Standby standby = config.standby();
        this.maxLag = standby.maxLag();
        this.checkInterval = standby.checkInterval();
        this.downFor = standby.downFor();
        this.pool = standby.url().filter(url -> !url.isBlank()).isEmpty() ? Optional.empty()
                : Optional.of(AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                        .connectionPoolConfiguration(connections -> connections
                                .maxSize(standby.poolSize())
                                .acquisitionTimeout(Duration.ofSeconds(2))
                                // A standby that restarted leaves dead connections in the pool: each is
                                // checked before it is lent after a second idle, and dropped when it fails.
                                .connectionValidator(ConnectionValidator.defaultValidator())
                                .exceptionSorter(new PostgreSQLExceptionSorter())
                                .idleValidationTimeout(Duration.ofSeconds(1))
                                .connectionFactoryConfiguration(factory -> factory
                                        .jdbcUrl(standby.url().orElseThrow())
                                        .principal(new NamePrincipal(user))
                                        .credential(new SimplePassword(password))
                                        .jdbcProperty("currentSchema", "cairn,public")
                                        .jdbcProperty("connectTimeout", "2")
                                        .jdbcProperty("readOnly", "true")))));
    }

    /** The standby's pool when it may serve a read now; empty without a standby, or when it lags or failed. */
    public Optional<AgroalDataSource> serving() {
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (now.isBefore(downUntil)) {
            return Optional.empty();
        }
        // One request checks at a time; the others take the last verdict, aged by the time since.
        if (Duration.between(checkedAt, now).compareTo(checkInterval) >= 0 && checking.tryLock()) {
            try {
                check(now);
            } finally {
                checking.unlock();
            }
        }
        return serves(verdict, Instant.now()) ? pool : Optional.empty();
    }

    /** How far behind the primary the standby was at the last check; null when unknown or failed. */
    public Duration lag() {
        Verdict last = verdict;
        return last == null ? null : last.lag();
    }

    /** Leaves the standby out after it failed a request; a later check lets it in again. */
    public void leaveOut(SQLException failure) {
        LOG.warnf("Standby left out for %s after a failed read: %s (SQLState %s)", downFor, failure.getMessage(),
                failure.getSQLState());
        verdict = null;
        downUntil = Instant.now().plus(downFor);
    }

    /** Whether a failure means the standby itself is gone (connection refused, lost, or shut down). */
    public static boolean lost(SQLException failure) {
        String state = failure.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P");
    }

    /**
     * Whether the standby cancelled the read because replay needed what it held (a conflict with
     * recovery): the read is worth another try on the primary, the standby is not at fault.
     */
    public static boolean conflicted(SQLException failure) {
        return "40001".equals(failure.getSQLState()) || "40P01".equals(failure.getSQLState());
    }

    private void check(Instant now) {
        checkedAt = now;
        try {
            positions.addFirst(new Position(now, lsn(primary, "SELECT pg_current_wal_lsn()::text")));
            Iterator<Position> old = positions.descendingIterator();
            Instant keepFrom = now.minus(maxLag).minus(checkInterval.multipliedBy(2));
            while (positions.size() > 1 && old.hasNext() && old.next().at().isBefore(keepFrom)) {
                old.remove();
            }
        } catch (SQLException e) {
            // Without the primary's position no lag can be told: the standby is not trusted meanwhile.
            LOG.debugf("No WAL position from the primary: %s", e.getMessage());
            verdict = null;
            return;
        }
        try {
            long replayed = lsn(pool.orElseThrow(), "SELECT coalesce(pg_last_wal_replay_lsn(), "
                    + "pg_current_wal_lsn())::text");
            // Behind every position kept, it is at least as old as the oldest one; behind the one
            // position of a first check, how far is not known yet.
            Duration behind = positions.size() > 1 ? Duration.between(positions.peekLast().at(), now) : null;
            for (Position position : positions) {
                if (position.lsn() <= replayed) {
                    behind = position == positions.peekFirst() ? Duration.ZERO : Duration.between(position.at(), now);
                    break;
                }
            }
            boolean wasServing = serves(verdict, now);
            verdict = behind == null ? null : new Verdict(behind, now);
            if (serves(verdict, now) != wasServing) {
                LOG.infof(wasServing ? "Standby left out: %s behind, more than the bound"
                        : "Standby serves lagging reads (%s behind)", behind);
            }
        } catch (SQLException e) {
            leaveOut(e);
        }
    }

    private boolean serves(Verdict given, Instant now) {
        return given != null && given.by(now).compareTo(maxLag) <= 0;
    }

    private static long lsn(AgroalDataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            String[] parts = row.getString(1).split("/");
            return Long.parseLong(parts[0], 16) << 32 | Long.parseLong(parts[1], 16);
        }
    }

    @PreDestroy
    void close() {
        pool.ifPresent(AgroalDataSource::close);
    }
}
