package org.cairn.victim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A casualty's identity, stored only sealed with the person's own data key (Sealing): the
 * database, its backups and its audit trail never hold a name or a phone number in the clear, and
 * once the key is destroyed no copy of any version opens.
 */
@Entity
@Audited
@Table(name = "casualty_personal_data")
public class PersonalDataRecord extends PanacheEntityBase {

    @Id
    public UUID casualtyId;

    /** Not audited: the history says who changed the personal data and when, never what it held. */
    @NotAudited
    public byte[] sealed;

    public Instant updatedAt;

    public String updatedBy;

    @Version
    public long version = 1;
}
