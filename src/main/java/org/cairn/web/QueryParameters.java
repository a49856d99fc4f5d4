package org.cairn.web;

import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one reader of query parameters, for every endpoint: the endpoint names the parameters it
 * takes and anything else is refused with the list of those, so that a misspelt filter never
 * silently returns everything; each kind of value (a page size, a flag, a date, an id, one of an
 * enumeration) is read by one grammar, and refused with a 400 that names the parameter and the rule.
 */
public final class QueryParameters {

    /** The page size of every list when the client names none. */
    public static final int DEFAULT_LIMIT = 100;

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The query of a request that takes these parameters; any other is refused. */
    public static QueryParameters read(Map<String, List<String>> query, Collection<String> accepted) {
        Set<String> known = new LinkedHashSet<>(accepted);
        for (String name : query.keySet()) {
            if (!known.contains(name)) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, "Unknown query parameter "
                        + Names.shown(name) + "; this request accepts "
                        + (known.isEmpty() ? "none" : String.join(", ", known)) + ".");
            }
        }
        return new QueryParameters(query);
    }

    public static QueryParameters read(UriInfo uri, String... accepted) {
        return read(uri.getQueryParameters(), List.of(accepted));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Every value given for the parameter, for those that may be repeated; none when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The value of a parameter that may be given once at most. */
    public Optional<String> single(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            throw invalid(name, "may be given once");
        }
        return Optional.of(given.get(0));
    }

    /** As {@link #single}, trimmed, refusing an empty value rather than reading it as absent. */
    public Optional<String> nonEmpty(String name) {
        return single(name).map(value -> {
            if (value.isBlank()) {
                throw invalid(name, "is empty");
            }
            return value.trim();
        });
    }

    /**
     * The page size, {@code limit}: a whole number from 1; a larger one than the list serves is
     * lowered to its maximum, as OGC API Features asks, rather than refused.
     */
    public int limit(int max) {
        return single("limit").map(String::trim).map(value -> {
            if (!value.matches("[0-9]+") || value.matches("0+")) {
                throw invalid("limit", "must be a whole number from 1 to " + max);
            }
            String digits = value.replaceFirst("^0+", "");
            return digits.length() > 9 ? max : Math.min(Integer.parseInt(digits), max);
        }).orElse(Math.min(DEFAULT_LIMIT, max));
    }

    /** A yes-or-no parameter, false when absent. */
    public boolean flag(String name) {
        return single(name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "must be true or false");
        }).orElse(false);
    }

    public Optional<UUID> uuid(String name) {
        return single(name).map(value -> uuid(name, value));
    }

    public Optional<LocalDate> date(String name) {
        return single(name).map(value -> date(name, value));
    }

    public <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return single(name).map(value -> constant(type, name, value));
    }

    /** The constants a parameter names, comma-separated; none when absent. */
    public <E extends Enum<E>> Optional<List<E>> constants(Class<E> type, String name) {
        return single(name).map(value -> Arrays.stream(value.split(",")).map(String::trim)
                .map(constant -> constant(type, name, constant)).toList());
    }

    public static UUID uuid(String name, String value) {
        return Uuids.parse(value).orElseThrow(() -> invalid(name, "is not an id"));
    }

    /** A parameter's day, by {@link Dates}' rule. */
    public static LocalDate date(String name, String value) {
        return Dates.date(value).orElseThrow(() -> invalid(name, Dates.DATE_RULE));
    }

    /** A parameter's instant, by {@link Dates}' rule. */
    public static OffsetDateTime dateTime(String name, String value) {
        return Dates.dateTime(value).orElseThrow(() -> invalid(name, Dates.DATE_TIME_RULE));
    }

    public static <E extends Enum<E>> E constant(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "has an unknown value; expected one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static ProblemException invalid(String name, String reason) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " " + reason + ".");
    }
}
