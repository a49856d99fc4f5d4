package org.cairn.feature;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cairn.db.SessionQueries;

/**
 * The properties of one stored item that callers without restricted access read as null, asked of
 * PostgreSQL with the SQL of the type's {@link Restrictions}, in the current transaction: what a
 * write by such a caller puts back rather than erases, and what must stay withheld after it.
 */
public final class Withheld {

    private Withheld() {
    }

    public static Set<String> on(EntityManager entityManager, FeatureType type, UUID id) {
        List<String> restricted = new ArrayList<>(type.restrictions().all());
        if (restricted.isEmpty()) {
            return Set.of();
        }
        String select = "SELECT " + restricted.stream().map(name -> type.restrictions().withheldWhere(name))
                .collect(Collectors.joining(", ")) + " FROM " + type.from() + " WHERE t.id = ?";
        return SessionQueries.first(entityManager, select, id, row -> {
            Set<String> withheld = new HashSet<>();
            for (int i = 0; i < restricted.size(); i++) {
                if (row.getBoolean(i + 1)) {
                    withheld.add(restricted.get(i));
                }
            }
            return withheld;
        }).orElse(Set.<String>of());
    }
}
