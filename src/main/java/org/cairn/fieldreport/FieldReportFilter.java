package org.cairn.fieldreport;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.feature.FeatureQuery;
import org.cairn.web.QueryParameters;

/** The filters of the field report list, parsed from the query; unknown parameters are refused. */
final class FieldReportFilter {

    static final List<String> PARAMETERS = List.of("status", "reportingOrganisationId", "dateOfInformationFrom",
            "dateOfInformationTo", "limit", "cursor");

    private final QueryParameters query;

    private FieldReportFilter(QueryParameters query) {
        this.query = query;
    }

    static FieldReportFilter parse(Map<String, List<String>> query) {
        return new FieldReportFilter(QueryParameters.read(query, PARAMETERS));
    }

    int limit() {
        return query.limit(FeatureQuery.MAX_LIMIT);
    }

    Optional<String> cursor() {
        return query.single("cursor");
    }

    void apply(StringBuilder where, Parameters parameters) {
        query.constants(FieldReportStatus.class, "status").ifPresent(statuses -> {
            where.append(" and status in :status");
            parameters.and("status", statuses);
        });
        query.uuid("reportingOrganisationId").ifPresent(organisation -> {
            where.append(" and reportingOrganisationId = :organisation");
            parameters.and("organisation", organisation);
        });
        query.date("dateOfInformationFrom").ifPresent(from -> {
            where.append(" and dateOfInformation >= :from");
            parameters.and("from", from);
        });
        query.date("dateOfInformationTo").ifPresent(to -> {
            where.append(" and dateOfInformation <= :to");
            parameters.and("to", to);
        });
    }

}
