package org.cairn.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.web.QueryParameters;

/**
 * The one place that says which query parameters each kind of request for features takes, besides
 * the property filters of its type. Each parameter has one grammar wherever it is taken, read by
 * {@link FeatureQuery}. (Single items, tiles of several collections and descriptions take next to
 * nothing, and say so where they read their query.)
 */
public enum FeatureEndpoint {
    /** A page of an /api/v1 list. */
    LIST("bbox", "sort", "limit", "cursor", "precision"),
    /** An export: every feature the filters select, in one file, so no paging. */
    EXPORT("bbox", "sort", "format", "bom", "precision"),
    /** A page of OGC API Features items. */
    OGC_ITEMS("bbox", "bbox-crs", "crs", "datetime", "filter", "filter-lang", "filter-crs", "sortby",
            "properties", "f", "limit", "cursor", "precision"),
    /** A vector tile of one collection: the features the filters select, as a map draws them. */
    OGC_TILE("datetime", "filter", "filter-lang", "filter-crs");

    private final List<String> parameters;

    FeatureEndpoint(String... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The parameters of its own, without the property filters. */
    public List<String> parameters() {
        return parameters;
    }

    /** The query of a request to this endpoint of the type, refusing any parameter it does not take. */
    public QueryParameters read(FeatureType type, Map<String, List<String>> query) {
        List<String> accepted = new ArrayList<>(type.filters().keySet());
        accepted.addAll(parameters);
        return QueryParameters.read(query, accepted);
    }

    /** The feature query of a request to this endpoint of the type. */
    public FeatureQuery query(FeatureType type, Map<String, List<String>> query) {
        return FeatureQuery.of(type, read(type, query));
    }
}
