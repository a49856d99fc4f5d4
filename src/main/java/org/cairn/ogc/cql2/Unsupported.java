package org.cairn.ogc.cql2;

import java.util.Locale;
import java.util.Set;
import org.cairn.web.Names;

/** The refusals of the parts of CQL2 that Cairn does not offer, worded so that a client knows what to drop. */
final class Unsupported {

    static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%", "^", "DIV");

    private Unsupported() {
    }

    /** The refusal of a function or operator by its name, as the filter wrote it. */
    static Cql2Exception operation(String written, Location at) {
        String upper = written.toUpperCase(Locale.ROOT);
        // A name the filter made up is quoted only when plain; an operator Cairn knows, always.
        String name = ARITHMETIC.contains(upper) ? written : Names.shown(written);
        String where = " " + at.describe();
        if (upper.equals("ACCENTI")) {
            return at.fault("Accent-insensitive comparison (ACCENTI)" + where + " is not supported.");
        }
        if (upper.startsWith("T_") || upper.equals("INTERVAL")) {
            return at.fault("The temporal function " + name + where
                    + " is not supported; compare dates and timestamps with =, <>, <, >, <=, >= or BETWEEN.");
        }
        if (upper.startsWith("A_")) {
            return at.fault("The array function " + name + where + " is not supported.");
        }
        if (ARITHMETIC.contains(upper)) {
            return at.fault("Arithmetic ('" + name + "'" + where + ") is not supported.");
        }
        if (SpatialFunction.of(upper).isPresent()) {
            return at.fault(upper + where + " is a condition, so it cannot stand for a value.");
        }
        return at.fault("The function " + name + where + " is not supported.");
    }
}
