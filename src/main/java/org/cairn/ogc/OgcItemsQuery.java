package org.cairn.ogc;

import java.util.List;
import java.util.Map;
import org.cairn.feature.Condition;
import org.cairn.feature.FeatureEndpoint;
import org.cairn.feature.FeatureQuery;
import org.cairn.feature.FeatureType;
import org.cairn.feature.ServedCollection;
import org.cairn.geo.Crs;
import org.cairn.ogc.cql2.Cql2;
import org.cairn.ogc.cql2.Cql2Exception;
import org.cairn.ogc.cql2.Cql2Language;
import org.cairn.ogc.cql2.FilterCrs;
import org.cairn.security.FeatureAccess;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.QueryParameters;

/**
 * The parameters of an OGC API items or tile request, turned into the feature query /api/v1 lists use,
 * with OGC's own conditions: the datetime and the CQL2 filter.
 */
final class OgcItemsQuery {

    private OgcItemsQuery() {
    }

    static FeatureQuery parse(ServedCollection collection, FeatureType type, FeatureAccess access,
            Map<String, List<String>> parameters, FeatureEndpoint endpoint) {
        QueryParameters query = endpoint.read(type, parameters);
        OgcParameters.checkFormat(query);
        FeatureQuery features = FeatureQuery.of(type, query);
        if (collection.writable() && !query.has("precision")) {
            // QGIS and GDAL edit the features of their pages and PUT them back whole: a collection that
            // takes writes is served as stored, lest an edit of a name move every vertex.
            features = features.withDecimals(FeatureQuery.FULL_DECIMALS);
        }
        if (query.has("datetime")) {
            features = features.withCondition(OgcDatetime.parse(query.single("datetime").orElseThrow())
                    .condition(collection.temporalColumn()));
        }
        Cql2Language language = language(query.single("filter-lang").orElse("cql2-text"));
        Crs filterCrs = FeatureQuery.crs(query, "filter-crs");
        if (query.has("filter")) {
            features = features.withCondition(filter(query.single("filter").orElseThrow(), language, filterCrs,
                    type, access));
        }
        return features;
    }

    /** A CQL2 filter, translated now so that a fault is a 400 before any feature is written. */
    private static Condition filter(String filter, Cql2Language language, Crs crs, FeatureType type,
            FeatureAccess access) {
        try {
            return Cql2.condition(filter, language, OgcQueryables.of(type, access),
                    new FilterCrs(crs.srid(), crs.latitudeFirst()));
        } catch (Cql2Exception e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter filter: " + e.getMessage());
        }
    }

    /** The filter-lang, checked even without a filter so that a misspelt one is never silently ignored. */
    private static Cql2Language language(String filterLang) {
        try {
            return Cql2Language.of(filterLang);
        } catch (Cql2Exception e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter filter-lang: " + e.getMessage());
        }
    }
}
