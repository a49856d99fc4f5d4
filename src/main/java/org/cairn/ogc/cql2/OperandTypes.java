package org.cairn.ogc.cql2;

import java.util.Map;
import org.cairn.web.Names;

/** What type each operand of a filter has, and how a type-mismatch message names it. */
final class OperandTypes {

    private final Map<String, Queryable> queryables;

    OperandTypes(Map<String, Queryable> queryables) {
        this.queryables = queryables;
    }

    Queryable queryable(Operand.PropertyRef property) {
        Queryable queryable = queryables.get(property.name());
        if (queryable == null) {
            Location at = property.at();
            throw at.fault("Unknown property " + Names.quoted(property.name()) + " " + at.describe()
                    + "; this collection's queryables are " + String.join(", ", queryables.keySet()) + ".");
        }
        return queryable;
    }

    /** A property's queryable type, or the type a literal naturally has. */
    QueryableType of(Operand operand) {
        if (operand instanceof Operand.PropertyRef property) {
            return queryable(property).type();
        }
        if (operand instanceof Operand.TextLiteral || operand instanceof Operand.Casei) {
            return QueryableType.STRING;
        }
        if (operand instanceof Operand.NumberLiteral) {
            return QueryableType.NUMBER;
        }
        if (operand instanceof Operand.BooleanLiteral) {
            return QueryableType.BOOLEAN;
        }
        if (operand instanceof Operand.DateLiteral) {
            return QueryableType.DATE;
        }
        return operand instanceof Operand.TimestampLiteral ? QueryableType.TIMESTAMP : QueryableType.GEOMETRY;
    }

    /** "property 'quantity' (an integer)" or "a string", as a type-mismatch message names the operand. */
    String describe(Operand operand) {
        String noun = noun(of(operand));
        return operand instanceof Operand.PropertyRef property ? "property '" + property.name() + "' (" + noun + ")"
                : noun;
    }

    /** Whether a property of one type may meet an operand of the other: the same type, or numbers of either kind. */
    static boolean compatible(QueryableType found, QueryableType expected) {
        return found == expected || numeric(found) && numeric(expected);
    }

    static boolean numeric(QueryableType type) {
        return type == QueryableType.NUMBER || type == QueryableType.INTEGER;
    }

    private static String noun(QueryableType type) {
        return switch (type) {
            case STRING -> "a string";
            case ID -> "an id";
            case NUMBER -> "a number";
            case INTEGER -> "an integer";
            case BOOLEAN -> "a boolean";
            case DATE -> "a date";
            case TIMESTAMP -> "a timestamp";
            case GEOMETRY -> "a geometry";
        };
    }
}
