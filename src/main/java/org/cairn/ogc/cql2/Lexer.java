package org.cairn.ogc.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits cql2-text into tokens; identifiers follow the CQL2 BNF (letters, digits, ':', '_' and '.'). */
final class Lexer {

    private static final Set<String> PAIRS = Set.of("<=", ">=", "<>");
    private static final String SINGLES = "(),=<>+-*/%^[]";

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of the text, ending with an END token at its length. */
    static List<Token> tokens(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            while (at < text.length() && whitespace(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            if (at >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", text.length()));
                return;
            }
            int start = at;
            int c = text.codePointAt(at);
            if (c == '\'') {
                tokens.add(string(start));
            } else if (c == '"') {
                tokens.add(quotedName(start));
            } else if (digit(c) || c == '.' && digit(charAt(at + 1))) {
                tokens.add(number(start));
            } else if (identifierStart(c)) {
                while (at < text.length() && identifierPart(text.codePointAt(at))) {
                    at += Character.charCount(text.codePointAt(at));
                }
                tokens.add(new Token(Token.Kind.WORD, text.substring(start, at), start));
            } else {
                tokens.add(symbol(start, c));
            }
        }
    }

    /** A string in single quotes, where two single quotes stand for one. */
    private Token string(int start) {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != '\'') {
                value.append(c);
            } else if (charAt(at) == '\'') {
                value.append('\'');
                at++;
            } else {
                return new Token(Token.Kind.STRING, value.toString(), start);
            }
        }
        throw new Cql2Exception("Unterminated string starting at position " + start
                + "; a string ends with ' (and '' stands for a quote within it).", start);
    }

    private Token quotedName(int start) {
        int end = text.indexOf('"', start + 1);
        if (end < 0) {
            throw new Cql2Exception("Unterminated quoted property name starting at position " + start + ".", start);
        }
        if (end == start + 1) {
            throw new Cql2Exception("Empty quoted property name at position " + start + ".", start);
        }
        at = end + 1;
        return new Token(Token.Kind.QUOTED_NAME, text.substring(start + 1, end), start);
    }

    /** An unsigned decimal with an optional exponent; a sign before it is a symbol of its own. */
    private Token number(int start) {
        digits();
        if (charAt(at) == '.') {
            at++;
            digits();
        }
        char e = charAt(at);
        char next = charAt(at + 1);
        boolean signed = next == '+' || next == '-';
        if ((e == 'e' || e == 'E') && digit(charAt(at + (signed ? 2 : 1)))) {
            at += signed ? 2 : 1;
            digits();
        }
        return new Token(Token.Kind.NUMBER, text.substring(start, at), start);
    }

    private Token symbol(int start, int c) {
        String pair = text.substring(start, Math.min(start + 2, text.length()));
        if (PAIRS.contains(pair)) {
            at += 2;
            return new Token(Token.Kind.SYMBOL, pair, start);
        }
        if (SINGLES.indexOf(c) >= 0) {
            at++;
            return new Token(Token.Kind.SYMBOL, String.valueOf((char) c), start);
        }
        String shown = c > ' ' && c < 127 ? " '" + (char) c + "'" : "";
        throw new Cql2Exception("Unexpected character" + shown + " at position " + start + ".", start);
    }

    private void digits() {
        while (digit(charAt(at))) {
            at++;
        }
    }

    /** The character at an index, or 0 past the end, so that look-ahead needs no bounds checks. */
    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean whitespace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean identifierStart(int c) {
        return Character.isLetter(c) || c == ':' || c == '_';
    }

    private static boolean identifierPart(int c) {
        return identifierStart(c) || digit(c) || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\u203F' || c == '\u2040';
    }
}
