package org.cairn.ogc.cql2;

/**
 * One lexical unit of cql2-text.
 *
 * @param text     the word, number or symbol as written; a string's or quoted name's content, unescaped
 * @param position the 0-based offset of its first character
 */
record Token(Kind kind, String text, int position) {

    enum Kind {
        /** An identifier or keyword. */
        WORD,
        /** A property name in double quotes. */
        QUOTED_NAME,
        STRING,
        NUMBER,
        SYMBOL,
        END
    }

    private static final int SHOWN = 40;

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Keywords are matched in any letter case. */
    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** The token as an error message quotes it, cut short so that a long string does not swamp the message. */
    String shown() {
        String cut = text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
        return switch (kind) {
            case END -> "end of filter";
            case STRING -> "string '" + cut + "'";
            case QUOTED_NAME -> "\"" + cut + "\"";
            default -> "'" + cut + "'";
        };
    }
}
