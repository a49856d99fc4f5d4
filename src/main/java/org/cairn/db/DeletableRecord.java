package org.cairn.db;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A record deleted by marking, so that its history and the change feed keep the deletion. */
@MappedSuperclass
@Audited
public abstract class DeletableRecord extends ClientRecord {

    public Instant deletedAt;

    public String deletedBy;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Deleted by this subject at this time, which is also its last change. */
    public void recordDeletion(String subject, Instant at) {
        recordChange(subject, at);
        deletedAt = at;
        deletedBy = subject;
    }
}
