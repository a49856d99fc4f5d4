package org.cairn.ogc.cql2;

import java.util.Arrays;
import java.util.Optional;

/** The binary comparison operators, written the same in CQL2 (text and JSON) and in SQL. */
enum ComparisonOperator {
    EQUAL("="),
    NOT_EQUAL("<>"),
    LESS("<"),
    GREATER(">"),
    LESS_OR_EQUAL("<="),
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    static Optional<ComparisonOperator> of(String symbol) {
        return Arrays.stream(values()).filter(operator -> operator.symbol.equals(symbol)).findFirst();
    }
}
