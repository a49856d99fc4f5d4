package org.cairn.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * What every record Cairn keeps carries: its id, who made it and when, who changed it last and
 * when (the token's subject, see {@code Caller#subject}), and its version.
 */
@MappedSuperclass
@Audited
public abstract class Recorded extends PanacheEntityBase {

    @Id
    public UUID id;

    public Instant createdAt;

    public String createdBy;

    public Instant updatedAt;

    public String updatedBy;

    /** Starts at 1: the first ETag a client sees is "1". */
    @Version
    public long version = 1;

    /** Made by this subject at this time (see {@link Clock}): first recorded and last changed alike. */
    public void recordCreation(String subject, Instant at) {
        createdAt = at;
        createdBy = subject;
        recordChange(subject, at);
    }

    /** Changed by this subject at this time. */
    public void recordChange(String subject, Instant at) {
        updatedAt = at;
        updatedBy = subject;
    }
}
