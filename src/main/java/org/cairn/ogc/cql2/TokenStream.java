package org.cairn.ogc.cql2;

import java.util.List;

/** The tokens of a cql2-text filter, read in order by the parser and the WKT reader. */
final class TokenStream {

    private final List<Token> tokens;
    private int next;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(next);
    }

    /** The token some places ahead of the next one, or END past it. */
    Token peek(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    /** The next token, consumed; END is never consumed, so that it ends every read. */
    Token next() {
        Token token = peek();
        if (token.kind() != Token.Kind.END) {
            next++;
        }
        return token;
    }

    boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    boolean acceptWord(String keyword) {
        if (peek().isWord(keyword)) {
            next++;
            return true;
        }
        return false;
    }

    void expectSymbol(String symbol) {
        expectSymbol(symbol, "'" + symbol + "'");
    }

    void expectSymbol(String symbol, String expected) {
        Token token = next();
        if (!token.isSymbol(symbol)) {
            throw unexpected(token, expected);
        }
    }

    void expectWord(String keyword, String expected) {
        Token token = next();
        if (!token.isWord(keyword)) {
            throw unexpected(token, expected);
        }
    }

    /** Whether a number, with or without a sign, comes next. */
    boolean atNumber() {
        Token token = peek();
        return token.kind() == Token.Kind.NUMBER
                || (token.isSymbol("-") || token.isSymbol("+")) && peek(1).kind() == Token.Kind.NUMBER;
    }

    /** A number with an optional sign, such as a coordinate. */
    double number(String expected) {
        Token first = next();
        Token digits = first.isSymbol("-") || first.isSymbol("+") ? next() : first;
        if (digits.kind() != Token.Kind.NUMBER) {
            throw unexpected(digits, expected);
        }
        String sign = digits == first ? "" : first.text();
        return Literals.finite(Double.parseDouble(sign + digits.text()), Location.at(first.position()));
    }

    static Cql2Exception unexpected(Token token, String expected) {
        return new Cql2Exception("Unexpected " + token.shown() + " at position " + token.position() + "; expected "
                + expected + ".", token.position());
    }
}
