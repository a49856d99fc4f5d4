package org.cairn.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The connections reads run on: the primary's, or the standby's for reads that may lag while it
 * serves. A standby that disappears, or cancels the read for its replay, costs the read a second
 * try on the primary, as long as nothing of the answer has been written yet; after that, the
 * answer fails as a broken stream.
 */
@ApplicationScoped
public class Reads {

    /** Work on one connection; it calls {@link Attempt#answering()} before it writes what cannot be taken back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, Attempt attempt) throws SQLException, IOException;
    }

    /** Whether the work has begun its answer. */
    public static final class Attempt {
        private boolean answering;

        public void answering() {
            answering = true;
        }
    }

    private final AgroalDataSource primary;
    private final Standby standby;

    Reads(AgroalDataSource primary, Standby standby) {
        this.primary = primary;
        this.standby = standby;
    }

    public <T> T read(Freshness freshness, Work<T> work) throws SQLException, IOException {
        Optional<AgroalDataSource> serving = freshness == Freshness.MAY_LAG ? standby.serving() : Optional.empty();
        if (serving.isPresent()) {
            Attempt attempt = new Attempt();
            try (Connection connection = serving.get().getConnection()) {
                return work.run(connection, attempt);
            } catch (SQLException e) {
                if (attempt.answering || !Standby.lost(e) && !Standby.conflicted(e)) {
                    throw e;
                }
                if (Standby.lost(e)) {
                    standby.leaveOut(e);
                }
            }
        }
        try (Connection connection = primary.getConnection()) {
            return work.run(connection, new Attempt());
        }
    }
}
