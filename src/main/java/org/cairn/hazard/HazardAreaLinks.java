package org.cairn.hazard;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.cairn.validation.FieldError;

/** The hazard areas another record names (an activity works on them, a session warns of them). */
public final class HazardAreaLinks {

    private HazardAreaLinks() {
    }

    /**
     * Adds a refusal for each id of the list that is null, repeated, or of no hazard area. The ids
     * are looked up in one query, and none is loaded whole: a hazard area's shapes are not needed to
     * know it exists. A list longer than its field allows (its size check says so) is not looked up.
     */
    public static void check(List<UUID> ids, int most, String field, List<FieldError> errors) {
        if (ids == null || ids.size() > most) {
            return;
        }
        Set<UUID> existing = existing(ids);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String entry = field + "[" + i + "]";
            UUID id = ids.get(i);
            if (id == null) {
                errors.add(new FieldError(entry, "must not be null"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(entry, "lists a hazard area listed before"));
            } else if (!existing.contains(id)) {
                errors.add(new FieldError(entry, "no hazard area with this id"));
            }
        }
    }

    private static Set<UUID> existing(List<UUID> ids) {
        List<UUID> named = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (named.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("SELECT h.id FROM HazardArea h WHERE h.id IN :ids AND h.deletedAt IS NULL", UUID.class)
                .setParameter("ids", named).getResultList());
    }
}
