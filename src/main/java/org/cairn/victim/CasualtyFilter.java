package org.cairn.victim;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.feature.FeatureQuery;
import org.cairn.web.QueryParameters;

/** The filters of the casualty list, parsed from the query; unknown parameters are refused. */
public final class CasualtyFilter {

    static final List<String> PARAMETERS = List.of("accidentId", "outcome", "sex", "ageGroup", "status",
            "updatedSince", "limit", "cursor");

    private final QueryParameters query;

    private CasualtyFilter(QueryParameters query) {
        this.query = query;
    }

    public static CasualtyFilter parse(Map<String, List<String>> query) {
        return new CasualtyFilter(QueryParameters.read(query, PARAMETERS));
    }

    int limit() {
        return query.limit(FeatureQuery.MAX_LIMIT);
    }

    Optional<String> cursor() {
        return query.single("cursor");
    }

    void apply(StringBuilder where, Parameters parameters) {
        query.uuid("accidentId").ifPresent(accident -> {
            where.append(" and accidentId = :accidentId");
            parameters.and("accidentId", accident);
        });
        constants("outcome", CasualtyOutcome.class, where, parameters);
        constants("sex", Sex.class, where, parameters);
        constants("status", CasualtyStatus.class, where, parameters);
        query.constant(AgeGroup.class, "ageGroup").ifPresent(ageGroup -> where.append(switch (ageGroup) {
            case CHILD -> " and ageAtAccident < 18";
            case ADULT -> " and ageAtAccident >= 18";
            case UNKNOWN -> " and ageAtAccident is null";
        }));
        query.single("updatedSince").ifPresent(value -> {
            where.append(" and updatedAt >= :updatedSince");
            parameters.and("updatedSince", QueryParameters.dateTime("updatedSince", value).toInstant());
        });
    }

    private <E extends Enum<E>> void constants(String name, Class<E> type, StringBuilder where,
            Parameters parameters) {
        query.constants(type, name).ifPresent(wanted -> {
            where.append(" and ").append(name).append(" in :").append(name);
            parameters.and(name, wanted);
        });
    }
}
