package org.cairn.web;

import java.util.Optional;

/**
 * The rule for every text Cairn takes, in a body, a parameter or a path: no NUL (PostgreSQL cannot
 * store it), no other control character but tab, line feed and carriage return, and no half of a
 * UTF-16 surrogate pair, which would be stored as '?' and so changed without a word.
 */
public final class Text {

    private Text() {
    }

    /** Why the text is refused, or empty when it is fine. */
    public static Optional<String> fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Optional.of("contains a control character (" + String.format("U+%04X", (int) c)
                        + "), which Cairn does not take");
            }
            boolean unpairedHigh = Character.isHighSurrogate(c)
                    && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
            boolean unpairedLow = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (unpairedHigh || unpairedLow) {
                return Optional.of("contains half of a surrogate pair, which is no character");
            }
        }
        return Optional.empty();
    }
}
