package org.cairn.web;

import java.util.regex.Pattern;

/**
 * Names from a request, as a refusal may quote them. A refusal names the field and the rule,
 * never the value: a plain name (a parameter, a property, an operator, an id: letters, digits,
 * _, . and -, up to 64 characters) is shown, anything else only described, so that no message echoes what a
 * caller sent, control characters and withheld content included.
 */
public final class Names {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private Names() {
    }

    public static boolean plain(String name) {
        return name != null && PLAIN.matcher(name).matches();
    }

    /** The name as a message quotes it: 'name' when plain, otherwise a description. */
    public static String quoted(String name) {
        return plain(name) ? "'" + name + "'" : shown(name);
    }

    /** The name as a message shows it: itself when plain, otherwise a description. */
    public static String shown(String name) {
        return plain(name) ? name : "(a name that is not plain letters and digits)";
    }
}
