package org.cairn.feature;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What of one kind of item callers without restricted access may not read, declared once for
 * every way it leaves Cairn: answers, exports and tiles withhold it in SQL, histories withhold it
 * in every version, and a write by such a caller puts back what it could not read (see
 * {@code FeatureStore#withheld}).
 *
 * @param always      properties withheld on every item (a landowner)
 * @param condition   SQL over the row {@code t} under which {@code conditional} are withheld (an
 *                    ammunition store); histories evaluate it over their audit rows, so for a kind
 *                    with a history it names the row's own columns only; null when there is none
 * @param conditional properties withheld on the items where the condition holds
 */
public record Restrictions(Set<String> always, String condition, Set<String> conditional) {

    /** Nothing withheld. */
    public static final Restrictions NONE = new Restrictions(Set.of(), null, Set.of());

    public Restrictions {
        if ((condition == null) != conditional.isEmpty()) {
            throw new IllegalArgumentException("A condition and the properties it withholds go together");
        }
    }

    /** These properties withheld on every item. */
    public static Restrictions always(String... properties) {
        return new Restrictions(Set.of(properties), null, Set.of());
    }

    /** These restrictions, and these properties withheld where the SQL condition holds. */
    public Restrictions where(String sql, String... properties) {
        return new Restrictions(always, sql, Set.of(properties));
    }

    public boolean restricts(String property) {
        return always.contains(property) || conditional.contains(property);
    }

    /** Every property withheld on some item. */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(always);
        all.addAll(conditional);
        return all;
    }

    /** The SQL under which the property is withheld, or null for one never withheld. */
    String withheldWhere(String property) {
        if (always.contains(property)) {
            return "TRUE";
        }
        return conditional.contains(property) ? condition : null;
    }

    /** Properties among these the type does not have: a misspelt name would withhold nothing. */
    List<String> unknown(List<FeatureProperty> properties) {
        Set<String> names = new LinkedHashSet<>(all());
        properties.forEach(property -> names.remove(property.name()));
        return List.copyOf(names);
    }
}
