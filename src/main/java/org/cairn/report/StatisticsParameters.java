package org.cairn.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.adminarea.Pcodes;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.QueryParameters;

/**
 * The query of a statistics request, read strictly: an unknown parameter, a repeated one or an
 * invalid value is a 400, so that a misspelt filter never counts everything.
 */
final class StatisticsParameters {

    static final int DEEPEST_LEVEL = 4;

    private final QueryParameters query;

    StatisticsParameters(Map<String, List<String>> query, List<String> accepted) {
        this.query = QueryParameters.read(query, accepted);
    }

    /** The dimensions to group by, in the order given, each one of those the table knows. */
    List<String> groupBy(List<String> known) {
        Set<String> dimensions = new LinkedHashSet<>();
        query.all("groupBy").stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(value -> !value.isEmpty()).forEach(dimension -> {
                    if (!known.contains(dimension)) {
                        throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter groupBy has unknown "
                                + "dimension '" + dimension + "'; expected " + String.join(", ", known) + ".");
                    }
                    dimensions.add(dimension);
                });
        return List.copyOf(dimensions);
    }

    LocalDate date(String name) {
        return query.date(name).orElse(null);
    }

    /** The grouping and filters every table takes; from and to only where the request accepts them. */
    Selection selection(StatisticsTable table) {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter to is before from.");
        }
        return new Selection(groupBy(table.dimensionNames()), from, to, adminLevel(), adminArea(), organisation(),
                List.of());
    }

    Integer adminLevel() {
        return query.single("adminLevel").map(value -> {
            if (!value.matches("[0-" + DEEPEST_LEVEL + "]")) {
                throw QueryParameters.invalid("adminLevel", "must be a level from 0 to " + DEEPEST_LEVEL);
            }
            return Integer.valueOf(value);
        }).orElse(null);
    }

    String adminArea() {
        return query.single("adminArea").map(value -> {
            if (!Pcodes.wellFormed(value)) {
                throw QueryParameters.invalid("adminArea", "is not a pcode");
            }
            return value;
        }).orElse(null);
    }

    UUID organisation() {
        return query.uuid("organisation").orElse(null);
    }

    /** A calendar year of four digits. */
    int year() {
        String value = query.single("year")
                .orElseThrow(() -> QueryParameters.invalid("year", "is required"));
        if (!value.matches("[0-9]{4}")) {
            throw QueryParameters.invalid("year", "must be a year of four digits, such as 2025");
        }
        return Integer.parseInt(value);
    }

    boolean flag(String name) {
        return query.flag(name);
    }
}
