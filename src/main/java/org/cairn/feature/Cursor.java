package org.cairn.feature;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page starts: the sort value and id of the last feature returned. Opaque to
 * clients; it holds no state on the server, so any replica can continue any listing.
 */
public record Cursor(String sort, String value, UUID id) {

    private static final String VERSION = "c1";

    public String encode() {
        String plain = String.join("\n", VERSION, sort, value, id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token, String expectedSort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw Filters.invalid("cursor", "is not a cursor from a next link");
        }
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw Filters.invalid("cursor", "is not a cursor from a next link");
        }
        if (!parts[1].equals(expectedSort)) {
            throw Filters.invalid("cursor", "belongs to a listing sorted by " + parts[1] + ", not " + expectedSort);
        }
        try {
            return new Cursor(parts[1], parts[2], UUID.fromString(parts[3]));
        } catch (IllegalArgumentException e) {
            throw Filters.invalid("cursor", "is not a cursor from a next link");
        }
    }
}
