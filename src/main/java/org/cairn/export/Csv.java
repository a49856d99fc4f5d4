package org.cairn.export;

/** Fields of CSV (RFC 4180). */
public final class Csv {

    private Csv() {
    }

    /** The field as CSV writes it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
