package org.cairn.sync;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.UUID;
import org.cairn.db.SessionQueries;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * Creation under an id the client chose, the same for every kind of record: a tablet that timed
 * out sends its request again, and must get the first answer rather than a second record or an
 * error. The id is held for the rest of the transaction, so that a retry racing the first request
 * waits, then finds the record; a record already under the id is a replay when the same content
 * made it, and a 409 when other content did or it has been deleted since. A plain query asks,
 * since most ids are new and loading an audited entity to learn so costs more than the check.
 *
 * @param table     the record's table, with a {@code creation_digest} column
 * @param item      how answers name the record, such as "Hazard area"
 * @param deletable whether the table marks deletions in {@code deleted_at}
 * @param advice    what a client whose id is taken should do instead
 */
public record ClientCreation(String table, String item, boolean deletable, String advice) {

    /** Holds the id, then answers whether this create replays one already stored; false for a new id. */
    public boolean replayed(UUID id, String requestDigest) {
        ClientIds.lock(id);
        return stored(id, requestDigest);
    }

    /** As {@link #replayed}, without holding the id: for checks that write nothing. */
    public boolean stored(UUID id, String requestDigest) {
        String deleted = deletable ? "deleted_at IS NOT NULL" : "false";
        return SessionQueries.first(Panache.getEntityManager(), "SELECT creation_digest, " + deleted + " FROM "
                + table + " WHERE id = ?", id, row -> {
                    if (row.getBoolean(2) || !requestDigest.equals(row.getString(1))) {
                        throw conflict(id);
                    }
                    return true;
                }).orElse(false);
    }

    /** The 409 for a create whose id holds a record of other content. */
    public ProblemException conflict(UUID id) {
        return new ProblemException(ProblemType.CONFLICT, item + " " + id + " already exists with other content; "
                + advice + ".");
    }
}
