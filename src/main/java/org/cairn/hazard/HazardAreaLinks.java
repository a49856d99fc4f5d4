package org.cairn.hazard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cairn.validation.FieldError;

/** The hazard areas another record names (an activity works on them, a session warns of them). */
public final class HazardAreaLinks {

    private HazardAreaLinks() {
    }

    /**
     * Adds a refusal for each id of the list that is null, repeated, or of no hazard area. A list
     * longer than its field allows (its size check says so) is not looked up id by id.
     */
    public static void check(List<UUID> ids, int most, String field, List<FieldError> errors) {
        if (ids == null || ids.size() > most) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String entry = field + "[" + i + "]";
            UUID id = ids.get(i);
            if (id == null) {
                errors.add(new FieldError(entry, "must not be null"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(entry, "lists a hazard area listed before"));
            } else {
                HazardArea hazard = HazardArea.findById(id);
                if (hazard == null || hazard.isDeleted()) {
                    errors.add(new FieldError(entry, "no hazard area with this id"));
                }
            }
        }
    }
}
