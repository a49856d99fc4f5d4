package org.cairn.hazard;

/**
 * The fields of a hazard area that callers without restricted access read as null: its landowner,
 * and the texts of an ammunition store (the same rule as {@link HazardAreaFeatures}, there in SQL).
 */
final class RestrictedHazardFields {

    private RestrictedHazardFields() {
    }

    /**
     * A change written by someone who read the area with these fields withheld leaves empty what
     * it could not read: those stay as stored rather than being erased, and a value it does send
     * replaces them. A store's texts stay only while it remains a store; reclassified, the area
     * would show them to everyone, so they are left empty (its history keeps them, withheld).
     */
    static void keepUnread(HazardAreaProperties in, HazardArea stored) {
        if (in.landowner == null) {
            in.landowner = stored.landowner;
        }
        if (stored.classification != Classification.AMMUNITION_STORAGE
                || in.classification != Classification.AMMUNITION_STORAGE) {
            return;
        }
        if (in.description == null) {
            in.description = stored.description;
        }
        boolean sameStatus = in.status == null || in.status == stored.status;
        if (sameStatus && in.statusChangeComment == null) {
            in.statusChangeComment = stored.statusChangeComment;
        }
    }
}
