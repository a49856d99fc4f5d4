package org.cairn.db;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.cairn.validation.FieldError;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;

/** What every service does before it changes a record: lock it, and hold the client to its version and id. */
public final class Records {

    private Records() {
    }

    /**
     * The record, locked until the transaction ends, so that two changes never interleave; 404 when
     * there is none, 412 when If-Match names another version than the stored one.
     */
    public static <R extends Recorded> R lockedForChange(Class<R> type, UUID id, String ifMatch, String item) {
        R record = Panache.getEntityManager().find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw ProblemException.notFound(item, id);
        }
        Preconditions.checkIfMatch(ifMatch, record.version);
        return record;
    }

    /** Refuses a body that names another item than its URL does. */
    public static void requireSameId(UUID sent, UUID id) {
        if (sent != null && !sent.equals(id)) {
            throw ProblemException.invalid(List.of(new FieldError("id", "differs from the id in the URL")));
        }
    }
}
