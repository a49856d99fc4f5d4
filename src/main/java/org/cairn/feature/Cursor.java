package org.cairn.feature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cairn.web.QueryParameters;
import org.cairn.web.Uuids;

/**
 * Where the next page starts: the sort value and id of the last feature returned. Opaque to
 * clients; it holds no state on the server, so any replica can continue any listing.
 */
public record Cursor(String sort, String value, UUID id) {

    private static final String VERSION = "c1";
    /** A timestamptz as PostgreSQL writes it as text, or as an RFC 3339 instant. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}(:?\\d{2})?)");

    public String encode() {
        String plain = String.join("\n", VERSION, sort, value, id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of a listing in this order. Its value is checked against the sort key's type here,
     * so that a tampered cursor is a 400 and not a failure of the query once the answer has begun.
     */
    public static Cursor decode(String token, SortKey sort, boolean descending) {
        Cursor cursor = decode(token, (descending ? "-" : "") + sort.name());
        if (sort.sqlType().equals("timestamptz") && !TIMESTAMP.matcher(cursor.value()).matches()) {
            throw QueryParameters.invalid("cursor", "is not a cursor from a next link");
        }
        return cursor;
    }

    /** The value as the instant a listing by time wrote into it. */
    public Instant instant() {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw QueryParameters.invalid("cursor", "is not a cursor from a next link");
        }
    }

    /** The cursor of a listing in this order, as a plain name; its value is the caller's to check. */
    public static Cursor decode(String token, String expectedSort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw QueryParameters.invalid("cursor", "is not a cursor from a next link");
        }
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw QueryParameters.invalid("cursor", "is not a cursor from a next link");
        }
        if (!parts[1].equals(expectedSort)) {
            throw QueryParameters.invalid("cursor", "belongs to a listing in another order than " + expectedSort);
        }
        UUID id = Uuids.parse(parts[3])
                .orElseThrow(() -> QueryParameters.invalid("cursor", "is not a cursor from a next link"));
        return new Cursor(parts[1], parts[2], id);
    }
}
