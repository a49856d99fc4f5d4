package org.cairn.sync;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Serialises writes that carry the same client-made id. A tablet that times out sends its request
 * again while the first is still running; without this both would look for the id, find nothing,
 * and the second insert would fail on the primary key instead of being answered as a replay.
 */
public final class ClientIds {

    private ClientIds() {
    }

    /** Holds a transaction-scoped advisory lock on the id until the current transaction ends. */
    public static void lock(UUID id) {
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, id.getMostSignificantBits() ^ id.getLeastSignificantBits());
                lock.execute();
            }
        });
    }
}
