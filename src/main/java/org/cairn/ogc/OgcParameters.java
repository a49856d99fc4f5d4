package org.cairn.ogc;

import jakarta.ws.rs.core.UriInfo;
import org.cairn.web.QueryParameters;

/** The f parameter OGC requests share, read as every query parameter is, by {@link QueryParameters}. */
final class OgcParameters {

    private OgcParameters() {
    }

    /** The query of an OGC resource that takes these parameters, with f checked when it is one of them. */
    static QueryParameters only(UriInfo uri, String... allowed) {
        QueryParameters query = QueryParameters.read(uri, allowed);
        checkFormat(query);
        return query;
    }

    /** The f parameter, when given, names one of the JSON encodings Cairn serves. */
    static void checkFormat(QueryParameters query) {
        query.single("f").filter(format -> !format.equals("json") && !format.equals("geojson")).ifPresent(format -> {
            throw QueryParameters.invalid("f", "must be json or geojson");
        });
    }
}
