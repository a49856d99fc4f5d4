package org.cairn.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** A counted table as the answer the caller asked for: JSON by default, CSV when it prefers text/csv. */
final class StatisticsAnswer {

    static final String CSV_UTF8 = StatisticsCsv.MEDIA_TYPE + "; charset=UTF-8";

    private StatisticsAnswer() {
    }

    /** The request's selection, then anything the report adds (its date, its own filters), then the table. */
    static Response of(HttpHeaders headers, Selection selection, Map<String, Object> request, Tabulation table) {
        if (prefers(headers, MediaType.valueOf(StatisticsCsv.MEDIA_TYPE))) {
            return Response.ok(StatisticsCsv.write(table), CSV_UTF8).build();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", selection.from());
        answer.put("to", selection.to());
        answer.putAll(request);
        answer.put("adminLevel", selection.adminLevel());
        answer.put("adminArea", selection.adminArea());
        answer.put("organisation", selection.organisation());
        answer.putAll(json(table));
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }

    /** The table's own members, as the statistics endpoints and the Article 7 report write them. */
    static Map<String, Object> json(Tabulation table) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("groupBy", table.groupBy());
        answer.put("measures", table.measures());
        answer.put("countsRounded", table.countsRounded());
        answer.put("roundingBase", table.countsRounded() ? CellKeyRounding.BASE : null);
        answer.put("cells", table.cells());
        answer.put("totals", table.totals());
        return answer;
    }

    /**
     * Whether the caller's most preferred acceptable type is this one rather than JSON (a wildcard
     * chooses JSON). JAX-RS has already refused types that the operation does not produce.
     */
    static boolean prefers(HttpHeaders headers, MediaType type) {
        return headers.getAcceptableMediaTypes().stream().findFirst()
                .map(first -> first.isCompatible(type) && !first.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }
}
