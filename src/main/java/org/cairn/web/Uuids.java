package org.cairn.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * UUIDs from requests, in their canonical 36-character form only. {@link UUID#fromString} also
 * takes shortened forms such as {@code 1-2-3-4-5} and reads them as another id, which a client
 * would then not find again under the id it sent.
 */
public final class Uuids {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    public static Optional<UUID> parse(String text) {
        return text != null && CANONICAL.matcher(text).matches() ? Optional.of(UUID.fromString(text))
                : Optional.empty();
    }
}
