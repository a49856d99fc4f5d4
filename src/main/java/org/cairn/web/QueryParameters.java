package org.cairn.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
                    "Unknown query parameter " + String.join(", ", unknown) + "; this list accepts " + name + ".");
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

    public static <E extends Enum<E>> E constant(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " has unknown value '"
                    + value + "'; expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ".");
        }
    }
}
