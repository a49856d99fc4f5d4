package org.cairn.web;

import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Query parameters of small lists: known names only, each at most once. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The single value of the only parameter this list accepts; any other parameter is refused. */
    public static Optional<String> only(UriInfo uri, String name) {
        Set<String> unknown = uri.getQueryParameters().keySet().stream().filter(key -> !key.equals(name))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "Unknown query parameter " + String.join(", ", unknown.stream().map(Names::shown).sorted().toList())
                            + "; this list accepts " + name + ".");
        }
        List<String> values = uri.getQueryParameters().get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " may be given once.");
        }
        return Optional.of(values.get(0));
    }

    /** Refuses the query when it names a parameter the list or report does not accept. */
    public static void refuseUnknown(Map<String, List<String>> query, Set<String> accepted) {
        for (String name : query.keySet()) {
            if (!accepted.contains(name)) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, "Unknown query parameter "
                        + Names.shown(name) + "; it accepts " + String.join(", ", accepted.stream().sorted().toList())
                        + ".");
            }
        }
    }

    /** The value of a parameter that may be given once at most. */
    public static Optional<String> single(Map<String, List<String>> query, String name) {
        List<String> given = query.get(name);
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            throw invalid(name, "may be given once");
        }
        return Optional.of(given.get(0));
    }

    /** As {@link #single}, trimmed, refusing an empty value rather than reading it as absent. */
    public static Optional<String> nonEmpty(Map<String, List<String>> query, String name) {
        return single(query, name).map(value -> {
            if (value.isBlank()) {
                throw invalid(name, "is empty");
            }
            return value.trim();
        });
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

    public static ProblemException invalid(String name, String reason) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " " + reason + ".");
    }

    public static <E extends Enum<E>> E constant(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " has an unknown value; "
                    + "expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ".");
        }
    }
}
