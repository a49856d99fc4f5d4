package org.cairn.victim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.cairn.sealing.Sealing;

/**
 * Erases a casualty's personal data for good: the record goes, and with it the person's data key,
 * so that no copy sealed with it (in a backup, say) opens again. The history keeps who changed the
 * data and when, never its contents. Runs in the caller's transaction.
 */
@ApplicationScoped
class PersonalDataErasure {

    @Inject Sealing sealing;

    /** True when there was personal data to erase. */
    boolean erase(UUID casualtyId) {
        PersonalDataRecord record = PersonalDataRecord.findById(casualtyId, LockModeType.PESSIMISTIC_WRITE);
        if (record != null) {
            record.delete();
        }
        sealing.destroyPersonalKey(casualtyId);
        return record != null;
    }
}
