package org.cairn.db;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.Generated;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;

/**
 * A record that clients may create under an id of their own (see {@code sync.ClientCreation}),
 * and that people name by the short id the database gives it.
 */
@MappedSuperclass
@Audited
public abstract class ClientRecord extends Recorded {

    /** The human id, such as HA-000123, made by the database on insert. */
    @NotAudited
    @Generated(event = EventType.INSERT)
    @Column(insertable = false, updatable = false)
    public String localId;

    /** The digest of the request that created it, by which a repeated create is told from a conflict. */
    @NotAudited
    public String creationDigest;
}
