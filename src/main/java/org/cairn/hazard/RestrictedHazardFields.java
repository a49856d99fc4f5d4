package org.cairn.hazard;

import java.util.Set;
import org.cairn.feature.Withheld;

/**
 * A change written by someone who read a hazard area with its restricted fields withheld (see
 * {@link HazardAreaFeatures#RESTRICTIONS}) leaves empty what it could not read: those stay as
 * stored rather than being erased, and a value it does send replaces them.
 */
final class RestrictedHazardFields {

    private RestrictedHazardFields() {
    }

    /**
     * Puts back what the author could not read. A store's texts stay only while it remains a store;
     * reclassified, the area would show them to everyone, so they are left empty (its history keeps
     * them, withheld). A status comment belongs to its status, and stays only while that does.
     */
    static void keepUnread(HazardAreaProperties in, HazardArea stored) {
        Set<String> withheld = Withheld.on(HazardArea.getEntityManager(), HazardAreaFeatures.TYPE, stored.id);
        if (withheld.contains("landowner") && in.landowner == null) {
            in.landowner = stored.landowner;
        }
        if (in.classification != Classification.AMMUNITION_STORAGE) {
            return;
        }
        if (withheld.contains("description") && in.description == null) {
            in.description = stored.description;
        }
        boolean sameStatus = in.status == null || in.status == stored.status;
        if (withheld.contains("statusChangeComment") && sameStatus && in.statusChangeComment == null) {
            in.statusChangeComment = stored.statusChangeComment;
        }
    }
}
