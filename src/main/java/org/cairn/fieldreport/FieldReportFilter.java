package org.cairn.fieldreport;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairn.web.QueryParameters;

/** The filters of the field report list, parsed from the query; unknown parameters are refused. */
final class FieldReportFilter {

    static final Set<String> PARAMETERS = Set.of("status", "reportingOrganisationId", "dateOfInformationFrom",
            "dateOfInformationTo", "limit", "cursor");

    private final Map<String, List<String>> values;

    private FieldReportFilter(Map<String, List<String>> values) {
        this.values = values;
    }

    static FieldReportFilter parse(Map<String, List<String>> query) {
        QueryParameters.refuseUnknown(query, PARAMETERS);
        return new FieldReportFilter(query);
    }

    void apply(StringBuilder where, Parameters parameters) {
        single("status").ifPresent(value -> {
            where.append(" and status in :status");
            parameters.and("status", Arrays.stream(value.split(",")).map(String::trim)
                    .map(constant -> QueryParameters.constant(FieldReportStatus.class, "status", constant)).toList());
        });
        single("reportingOrganisationId").ifPresent(value -> {
            where.append(" and reportingOrganisationId = :organisation");
            parameters.and("organisation", QueryParameters.uuid("reportingOrganisationId", value));
        });
        single("dateOfInformationFrom").ifPresent(value -> {
            where.append(" and dateOfInformation >= :from");
            parameters.and("from", date("dateOfInformationFrom", value));
        });
        single("dateOfInformationTo").ifPresent(value -> {
            where.append(" and dateOfInformation <= :to");
            parameters.and("to", date("dateOfInformationTo", value));
        });
    }

    Optional<String> single(String name) {
        return QueryParameters.single(values, name);
    }

    private static LocalDate date(String name, String value) {
        return QueryParameters.date(name, value);
    }
}
