package org.cairn.adminarea;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.cairn.feature.Bbox;
import org.cairn.feature.FeatureFilter;
import org.cairn.feature.Filters;
import org.cairn.feature.SqlStatement;
import org.cairn.geo.Crs;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.QueryParameters;

/** The filters and paging of a list of administrative areas, checked before the answer begins. */
public record AdminAreaQuery(Integer[] levels, String parent, String within, List<String> q, Bbox bbox, int limit,
        String after) {

    /** Boundaries are heavy: a page holds fewer areas than a page of hazards. */
    static final int MAX_LIMIT = 1000;
    static final List<String> PARAMETERS = List.of("level", "parent", "within", "q", "bbox", "limit", "cursor");
    private static final FeatureFilter TEXT = Filters.contains("name", "pcode");

    public static AdminAreaQuery parse(Map<String, List<String>> parameters) {
        QueryParameters query = QueryParameters.read(parameters, PARAMETERS);
        return new AdminAreaQuery(levels(query.all("level")), query.nonEmpty("parent").orElse(null),
                query.nonEmpty("within").orElse(null), query.has("q") ? query.all("q") : null,
                query.has("bbox") ? Bbox.parse(query.all("bbox"), Crs.CRS84) : null, query.limit(MAX_LIMIT),
                after(query.nonEmpty("cursor").orElse(null)));
    }

    void where(SqlStatement select) {
        if (levels != null) {
            select.append(" AND level = ANY(?)", (Object) levels);
        }
        if (parent != null) {
            select.append(" AND parent_pcode = ?", parent);
        }
        if (within != null) {
            select.append(" AND lineage @> ARRAY[CAST(? AS text)]", within);
        }
        if (q != null) {
            TEXT.apply("q", q, select);
        }
        if (bbox != null) {
            bbox.apply("geom", select);
        }
        if (after != null) {
            select.append(" AND pcode > ?", after);
        }
    }

    private static Integer[] levels(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        String[] levels = values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .toArray(String[]::new);
        for (String level : levels) {
            if (!level.matches("[0-" + AdminAreaMapping.DEEPEST + "]")) {
                throw invalid("Parameter level takes levels from 0 to " + AdminAreaMapping.DEEPEST
                        + ", comma-separated.");
            }
        }
        return Arrays.stream(levels).map(Integer::valueOf).toArray(Integer[]::new);
    }

    private static String after(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("Parameter cursor is not one this service made; take it from a next link.");
        }
    }


    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
    }
}
