package org.cairn.export;

import java.util.regex.Pattern;

/**
 * Fields of CSV (RFC 4180), safe to open in a spreadsheet. A text that starts with =, +, -, @, a
 * tab or a carriage return would run as a formula there ({@code =HYPERLINK(...)} sends data away):
 * as OWASP's CSV injection guidance says, such a field gets a leading apostrophe, which spreadsheets
 * read as "this is text", and is quoted. Numbers, negative ones included, are left as they are.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private Csv() {
    }

    /** The field as CSV writes it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()) {
            return '"' + "'" + value.replace("\"", "\"\"") + '"';
        }
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
