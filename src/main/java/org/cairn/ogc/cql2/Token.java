package org.cairn.ogc.cql2;

import org.cairn.web.Names;

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

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Keywords are matched in any letter case. */
    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /**
     * The token as an error message shows it: symbols, and words and names that are plain, as
     * written; strings, numbers and anything else only by their kind, so that a refusal never echoes
     * a value.
     */
    String shown() {
        return switch (kind) {
            case END -> "end of filter";
            case STRING -> "string";
            case NUMBER -> "number";
            case SYMBOL -> "'" + text + "'";
            case QUOTED_NAME -> Names.plain(text) ? "\"" + text + "\"" : "quoted name";
            case WORD -> Names.plain(text) ? "'" + text + "'" : "word";
        };
    }
}
