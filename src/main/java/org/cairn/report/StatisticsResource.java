package org.cairn.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Casualty statistics. For callers without the sensitive-data permission small counts are
 * suppressed ({@link SmallCountSuppression}) and no total is given beside a suppressed cell.
 */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Aggregates for reports and dashboards.")
public class StatisticsResource {

    static final int SUPPRESSION_THRESHOLD = 5;
    private static final Set<String> PARAMETERS = Set.of("from", "to", "groupBy");

    private final CasualtyStatistics statistics;
    private final Caller caller;

    StatisticsResource(CasualtyStatistics statistics, Caller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Path("casualties")
    @Requires(Access.READ_STATISTICS)
    @Operation(summary = "Count casualties", description = "By accident date and any of year, outcome, sex, "
            + "ageGroup, status and deviceCategory. Every casualty counts, whatever consent it gave; small counts are "
            + "suppressed for callers without the sensitive-data permission.")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "First accident date counted.",
            example = "2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last accident date counted.",
            example = "2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Comma-separated dimensions: year, outcome, "
            + "sex, ageGroup, status, deviceCategory.", example = "year,outcome,sex",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The cells.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CasualtyStatistics")))
    public Map<String, Object> casualties(@Context UriInfo uri) {
        Map<String, List<String>> query = uri.getQueryParameters();
        query.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "Unknown query parameter " + name + "; this report accepts from, to and groupBy.");
        });
        LocalDate from = date(query, "from");
        LocalDate to = date(query, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter to is before from.");
        }
        List<String> groupBy = groupBy(query);
        boolean suppress = !caller.hasSensitiveDataPermission();
        List<Map<String, Object>> cells = statistics.count(groupBy, from, to);
        long total = cells.stream().mapToLong(cell -> (Long) cell.get("count")).sum();
        if (suppress) {
            SmallCountSuppression.apply(cells, groupBy, SUPPRESSION_THRESHOLD);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", from);
        answer.put("to", to);
        answer.put("groupBy", groupBy);
        answer.put("smallCountsSuppressed", suppress);
        answer.put("suppressionThreshold", suppress ? SUPPRESSION_THRESHOLD : null);
        answer.put("cells", cells);
        answer.put("total", suppress && cells.stream().anyMatch(cell -> cell.get("count") instanceof String)
                ? null : total);
        return answer;
    }

    private static List<String> groupBy(Map<String, List<String>> query) {
        List<String> values = query.getOrDefault("groupBy", List.of());
        Set<String> dimensions = new LinkedHashSet<>();
        values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
                .filter(value -> !value.isEmpty()).forEach(dimension -> {
                    if (!CasualtyStatistics.DIMENSIONS.containsKey(dimension)) {
                        throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter groupBy has unknown "
                                + "dimension '" + dimension + "'; expected " + String.join(", ",
                                CasualtyStatistics.DIMENSIONS.keySet()) + ".");
                    }
                    dimensions.add(dimension);
                });
        return List.copyOf(dimensions);
    }

    private static LocalDate date(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " may be given once.");
        }
        try {
            return LocalDate.parse(values.get(0));
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " is not a date "
                    + "(YYYY-MM-DD).");
        }
    }
}
