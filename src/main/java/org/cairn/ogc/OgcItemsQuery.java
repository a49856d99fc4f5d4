package org.cairn.ogc;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairn.feature.Bbox;
import org.cairn.feature.Condition;
import org.cairn.feature.FeatureAccess;
import org.cairn.feature.FeatureQuery;
import org.cairn.feature.FeatureType;
import org.cairn.feature.SqlStatement;
import org.cairn.geo.Crs;
import org.cairn.ogc.cql2.Cql2;
import org.cairn.ogc.cql2.Cql2Exception;
import org.cairn.ogc.cql2.Cql2Language;
import org.cairn.ogc.cql2.FilterCrs;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * The parameters of an OGC API items request, turned into the feature query /api/v1 lists use:
 * OGC's own ones, and the collection's queryables as property filters. Anything else is a 400.
 */
final class OgcItemsQuery {

    static final Set<String> PARAMETERS = Set.of("limit", "bbox", "bbox-crs", "crs", "datetime", "filter",
            "filter-lang", "filter-crs", "sortby", "properties", "f", "cursor");

    private OgcItemsQuery() {
    }

    static FeatureQuery parse(OgcCollection collection, FeatureType type, FeatureAccess access,
            Map<String, List<String>> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (type.filters().containsKey(parameter.getKey())) {
                filters.put(parameter.getKey(), parameter.getValue());
            } else if (!PARAMETERS.contains(parameter.getKey())) {
                Set<String> known = new LinkedHashSet<>(PARAMETERS);
                known.addAll(type.filters().keySet());
                throw new ProblemException(ProblemType.INVALID_PARAMETER, "Unknown query parameter "
                        + parameter.getKey() + "; this collection accepts " + String.join(", ", known) + ".");
            }
        }
        OgcParameters.checkFormat(parameters);
        Crs bboxCrs = OgcParameters.crs(parameters, "bbox-crs");
        Bbox bbox = parameters.containsKey("bbox") ? Bbox.parse(parameters.get("bbox"), bboxCrs) : null;
        FeatureQuery query = FeatureQuery.of(type, filters, bbox, OgcParameters.single(parameters, "sortby"),
                OgcParameters.single(parameters, "limit"), OgcParameters.single(parameters, "cursor"))
                .withCrs(OgcParameters.crs(parameters, "crs"));
        String datetime = OgcParameters.single(parameters, "datetime");
        if (datetime != null) {
            query = query.withCondition(OgcDatetime.parse(datetime).condition(collection.temporalColumn()));
        }
        Cql2Language language = language(OgcParameters.single(parameters, "filter-lang"));
        Crs filterCrs = OgcParameters.crs(parameters, "filter-crs");
        String filter = OgcParameters.single(parameters, "filter");
        if (filter != null) {
            query = query.withCondition(filter(filter, language, filterCrs, type, access));
        }
        String properties = OgcParameters.single(parameters, "properties");
        if (properties != null) {
            query = query.withProperties(properties(properties, type));
        }
        return query;
    }

    /** A CQL2 filter, translated now so that a fault is a 400 before any feature is written. */
    private static Condition filter(String filter, Cql2Language language, Crs crs, FeatureType type,
            FeatureAccess access) {
        FilterCrs filterCrs = new FilterCrs(crs.srid(), crs.latitudeFirst());
        try {
            Cql2.appendCondition(filter, language, OgcQueryables.of(type, access), filterCrs, new SqlStatement());
            return where -> Cql2.appendCondition(filter, language, OgcQueryables.of(type, access), filterCrs, where);
        } catch (Cql2Exception e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter filter: " + e.getMessage());
        }
    }

    /** The filter-lang, checked even without a filter so that a misspelt one is never silently ignored. */
    private static Cql2Language language(String filterLang) {
        try {
            return Cql2Language.of(filterLang == null ? "cql2-text" : filterLang);
        } catch (Cql2Exception e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter filter-lang: " + e.getMessage());
        }
    }

    private static Set<String> properties(String value, FeatureType type) {
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(value.split(",")));
        wanted.removeIf(String::isBlank);
        for (String name : wanted) {
            if (type.properties().stream().noneMatch(property -> property.name().equals(name.trim()))) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter properties names "
                        + Names.shown(name) + ", which this collection does not have.");
            }
        }
        return wanted.stream().map(String::trim).collect(Collectors.toSet());
    }
}
