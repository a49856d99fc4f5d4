package org.cairn.ogc.cql2;

import java.util.List;

/** A filter, or a condition within one, as read from either encoding: what the translator turns into SQL. */
sealed interface Predicate {

    record And(List<Predicate> terms) implements Predicate {
    }

    record Or(List<Predicate> terms) implements Predicate {
    }

    record Not(Predicate term) implements Predicate {
    }

    /** A binary comparison; {@code at} is where its operator was written. */
    record Comparison(ComparisonOperator operator, Operand left, Operand right, Location at) implements Predicate {
    }

    record Like(Operand value, Operand pattern) implements Predicate {
    }

    record Between(Operand value, Operand low, Operand high, Location at) implements Predicate {
    }

    record In(Operand value, List<Operand> list, Location at) implements Predicate {
    }

    record IsNull(Operand value) implements Predicate {
    }

    /** TRUE or FALSE standing alone as a condition. */
    record Truth(boolean value) implements Predicate {
    }

    record Spatial(SpatialFunction function, Operand first, Operand second) implements Predicate {
    }
}
