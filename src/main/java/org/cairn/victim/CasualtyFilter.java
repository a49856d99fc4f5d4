package org.cairn.victim;

import io.quarkus.panache.common.Parameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        QueryParameters.refuseUnknown(query, PARAMETERS);
        return new CasualtyFilter(query);
    }

    void apply(StringBuilder where, Parameters parameters) {
        single("accidentId").ifPresent(value -> {
            where.append(" and accidentId = :accidentId");
            parameters.and("accidentId", QueryParameters.uuid("accidentId", value));
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
            where.append(" and updatedAt >= :updatedSince");
            parameters.and("updatedSince", QueryParameters.dateTime("updatedSince", value).toInstant());
        });
    }

    Optional<String> single(String name) {
        return QueryParameters.single(values, name);
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
}
