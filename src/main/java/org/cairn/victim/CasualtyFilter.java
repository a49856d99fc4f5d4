package org.cairn.victim;

import io.quarkus.panache.common.Parameters;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.QueryParameters;

/** The filters of the casualty list, parsed from the query; unknown parameters are refused. */
public final class CasualtyFilter {

    static final Set<String> PARAMETERS = Set.of("accidentId", "outcome", "sex", "ageGroup", "status", "updatedSince",
            "limit", "cursor");

    private final Map<String, List<String>> values;

    private CasualtyFilter(Map<String, List<String>> values) {
        this.values = values;
    }

    public static CasualtyFilter parse(Map<String, List<String>> query) {
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, "Unknown query parameter " + name
                        + "; this list accepts " + String.join(", ", PARAMETERS.stream().sorted().toList()) + ".");
            }
        }
        return new CasualtyFilter(query);
    }

    void apply(StringBuilder where, Parameters parameters) {
        single("accidentId").ifPresent(value -> {
            where.append(" and accidentId = :accidentId");
            parameters.and("accidentId", uuid("accidentId", value));
        });
        constants("outcome", CasualtyOutcome.class, where, parameters);
        constants("sex", Sex.class, where, parameters);
        constants("status", CasualtyStatus.class, where, parameters);
        single("ageGroup").ifPresent(value -> where.append(switch (QueryParameters.constant(AgeGroup.class,
                "ageGroup", value)) {
            case CHILD -> " and ageAtAccident < 18";
            case ADULT -> " and ageAtAccident >= 18";
            case UNKNOWN -> " and ageAtAccident is null";
        }));
        single("updatedSince").ifPresent(value -> {
            try {
                where.append(" and updatedAt >= :updatedSince");
                parameters.and("updatedSince", OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                throw invalid("updatedSince", "is not an RFC 3339 date-time with offset");
            }
        });
    }

    Optional<String> single(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() > 1) {
            throw invalid(name, "may be given once");
        }
        return Optional.of(given.get(0));
    }

    private <E extends Enum<E>> void constants(String name, Class<E> type, StringBuilder where,
            Parameters parameters) {
        single(name).ifPresent(value -> {
            List<E> wanted = Arrays.stream(value.split(",")).map(String::trim)
                    .map(constant -> QueryParameters.constant(type, name, constant)).toList();
            where.append(" and ").append(name).append(" in :").append(name);
            parameters.and(name, wanted);
        });
    }

    private static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "is not an id");
        }
    }

    private static ProblemException invalid(String name, String reason) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " " + reason + ".");
    }
}
