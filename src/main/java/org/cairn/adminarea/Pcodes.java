package org.cairn.adminarea;

import java.util.regex.Pattern;

/** What a pcode may look like: the check an import makes of a file and a filter of its parameter. */
public final class Pcodes {

    private static final Pattern PCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}");

    private Pcodes() {
    }

    /** Up to 50 letters, digits, '_', '.' or '-', starting with a letter or digit. */
    public static boolean wellFormed(String pcode) {
        return PCODE.matcher(pcode).matches();
    }
}
