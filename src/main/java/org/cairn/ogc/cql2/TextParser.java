package org.cairn.ogc.cql2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Parses cql2-text by recursive descent, NOT binding tighter than AND and AND tighter than OR.
 * Keywords and function names are matched in any letter case; a keyword-like word not followed by
 * '(' (such as a property called date) is a property name.
 */
final class TextParser {

    private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL",
            "DIV");
    private static final String VALUE = "a property or a value";

    private final TokenStream in;
    private int depth;

    private TextParser(TokenStream in) {
        this.in = in;
    }

    static Predicate parse(String filter) {
        TextParser parser = new TextParser(new TokenStream(Lexer.tokens(filter)));
        Predicate predicate = parser.or();
        Token rest = parser.in.next();
        if (rest.kind() != Token.Kind.END) {
            throw TokenStream.unexpected(rest, "AND, OR or the end of the filter");
        }
        return predicate;
    }

    private Predicate or() {
        List<Predicate> terms = new ArrayList<>(List.of(and()));
        while (in.acceptWord("OR")) {
            terms.add(and());
        }
        return terms.size() == 1 ? terms.get(0) : new Predicate.Or(terms);
    }

    private Predicate and() {
        List<Predicate> terms = new ArrayList<>(List.of(not()));
        while (in.acceptWord("AND")) {
            terms.add(not());
        }
        return terms.size() == 1 ? terms.get(0) : new Predicate.And(terms);
    }

    private Predicate not() {
        Token token = in.peek();
        if (in.acceptWord("NOT")) {
            return new Predicate.Not(nested(token, this::not));
        }
        return primary();
    }

    private Predicate primary() {
        Token token = in.peek();
        if (in.acceptSymbol("(")) {
            Predicate group = nested(token, this::or);
            in.expectSymbol(")", "AND, OR or ')'");
            return group;
        }
        Optional<SpatialFunction> spatial = token.kind() == Token.Kind.WORD && in.peek(1).isSymbol("(")
                ? SpatialFunction.of(token.text()) : Optional.empty();
        if (spatial.isPresent()) {
            in.next();
            in.expectSymbol("(");
            Operand first = operand();
            in.expectSymbol(",", "',' between the two geometries");
            Operand second = operand();
            in.expectSymbol(")");
            return new Predicate.Spatial(spatial.get(), first, second);
        }
        return predicate(operand());
    }

    /** What follows the first operand of a condition. */
    private Predicate predicate(Operand left) {
        Token token = in.peek();
        Optional<ComparisonOperator> operator = token.kind() == Token.Kind.SYMBOL
                ? ComparisonOperator.of(token.text()) : Optional.empty();
        if (operator.isPresent()) {
            in.next();
            Operand right = operand();
            refuseArithmetic(in.peek());
            return new Predicate.Comparison(operator.get(), left, right, Location.at(token.position()));
        }
        if (in.acceptWord("NOT")) {
            if (!isNegatable(in.peek())) {
                throw TokenStream.unexpected(in.peek(), "LIKE, BETWEEN or IN after NOT");
            }
            return new Predicate.Not(negatable(left));
        }
        if (isNegatable(token)) {
            return negatable(left);
        }
        if (in.acceptWord("IS")) {
            boolean negated = in.acceptWord("NOT");
            in.expectWord("NULL", negated ? "NULL" : "NULL or NOT NULL");
            Predicate isNull = new Predicate.IsNull(left);
            return negated ? new Predicate.Not(isNull) : isNull;
        }
        if (left instanceof Operand.BooleanLiteral literal) {
            return new Predicate.Truth(literal.value());
        }
        refuseArithmetic(token);
        throw TokenStream.unexpected(token, "a comparison operator, LIKE, BETWEEN, IN or IS NULL");
    }

    private static boolean isNegatable(Token token) {
        return token.isWord("LIKE") || token.isWord("BETWEEN") || token.isWord("IN");
    }

    /** LIKE, BETWEEN or IN, which NOT may precede. */
    private Predicate negatable(Operand left) {
        Token keyword = in.next();
        Location at = Location.at(keyword.position());
        if (keyword.isWord("LIKE")) {
            return new Predicate.Like(left, operand());
        }
        if (keyword.isWord("BETWEEN")) {
            Operand low = operand();
            in.expectWord("AND", "AND between the bounds of BETWEEN");
            return new Predicate.Between(left, low, operand(), at);
        }
        in.expectSymbol("(", "'(' opening the list of IN");
        List<Operand> list = new ArrayList<>();
        do {
            list.add(operand());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")", "',' or ')'");
        return new Predicate.In(left, list, at);
    }

    private Operand operand() {
        Token token = in.peek();
        Location at = Location.at(token.position());
        if (token.kind() == Token.Kind.WORD && WktReader.TAGS.contains(token.text().toUpperCase(Locale.ROOT))
                && (in.peek(1).isSymbol("(") || in.peek(1).isWord("Z"))) {
            return WktReader.read(in);
        }
        in.next();
        return switch (token.kind()) {
            case STRING -> new Operand.TextLiteral(token.text(), at);
            case NUMBER -> number("", token, at);
            case QUOTED_NAME -> new Operand.PropertyRef(token.text(), at);
            case WORD -> word(token, at);
            case SYMBOL, END -> signedNumber(token, at);
        };
    }

    private Operand signedNumber(Token sign, Location at) {
        if ((sign.isSymbol("-") || sign.isSymbol("+")) && in.peek().kind() == Token.Kind.NUMBER) {
            return number(sign.text(), in.next(), at);
        }
        refuseArithmetic(sign);
        throw TokenStream.unexpected(sign, VALUE);
    }

    private static Operand number(String sign, Token digits, Location at) {
        try {
            return new Operand.NumberLiteral(new BigDecimal(sign + digits.text()), at);
        } catch (NumberFormatException e) {
            throw at.fault("The number " + at.describe() + " is out of range.");
        }
    }

    /** A boolean, a property, or a call: CASEI, DATE, TIMESTAMP, BBOX or one Cairn refuses. */
    private Operand word(Token token, Location at) {
        String name = token.text().toUpperCase(Locale.ROOT);
        if (name.equals("TRUE") || name.equals("FALSE")) {
            return new Operand.BooleanLiteral(name.equals("TRUE"), at);
        }
        if (!in.acceptSymbol("(")) {
            if (RESERVED.contains(name)) {
                throw TokenStream.unexpected(token, VALUE);
            }
            return new Operand.PropertyRef(token.text(), at);
        }
        Operand operand = switch (name) {
            case "CASEI" -> new Operand.Casei(nested(token, this::operand), at);
            case "DATE" -> new Operand.DateLiteral(Literals.date(quoted("a date such as '2026-01-31'"), at), at);
            case "TIMESTAMP" -> new Operand.TimestampLiteral(
                    Literals.timestamp(quoted("a timestamp such as '2026-01-31T09:30:00Z'"), at), at);
            case "BBOX" -> bbox(at);
            default -> throw Unsupported.operation(token.text(), at);
        };
        in.expectSymbol(")");
        return operand;
    }

    private String quoted(String expected) {
        Token token = in.next();
        if (token.kind() != Token.Kind.STRING) {
            throw TokenStream.unexpected(token, expected);
        }
        return token.text();
    }

    private Operand.BboxLiteral bbox(Location at) {
        List<Double> numbers = new ArrayList<>();
        do {
            numbers.add(in.number("a number"));
        } while (in.acceptSymbol(","));
        return Literals.bbox(numbers.stream().mapToDouble(Double::doubleValue).toArray(), at);
    }

    private static void refuseArithmetic(Token token) {
        boolean operator = token.kind() == Token.Kind.SYMBOL || token.kind() == Token.Kind.WORD;
        if (operator && Unsupported.ARITHMETIC.contains(token.text().toUpperCase(Locale.ROOT))) {
            throw Unsupported.operation(token.text(), Location.at(token.position()));
        }
    }

    /** Guards the stack against a filter nested without end, such as thousands of parentheses. */
    private <T> T nested(Token token, Supplier<T> inner) {
        if (++depth > Cql2.MAX_NESTING) {
            throw new Cql2Exception("The filter nests more than " + Cql2.MAX_NESTING + " levels deep at position "
                    + token.position() + ".", token.position());
        }
        T result = inner.get();
        depth--;
        return result;
    }
}
