package org.cairn.victim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A casualty's identity, stored only as AES-GCM ciphertext: the database, its backups and its
 * audit trail never hold a name or a phone number in the clear.
 */
@Entity
@Audited
@Table(name = "casualty_personal_data")
public class PersonalDataRecord extends PanacheEntityBase {

    @Id
    @Column(name = "casualty_id")
    public UUID casualtyId;

    /** Which key sealed it, so that keys can be rotated. */
    @Column(name = "key_id")
    public String keyId;

    public byte[] nonce;

    public byte[] ciphertext;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version = 1;
}
