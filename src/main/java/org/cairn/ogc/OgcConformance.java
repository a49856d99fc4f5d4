package org.cairn.ogc;

import java.util.List;

/** The conformance classes Cairn declares, exactly as the OGC specifications name them. */
final class OgcConformance {

    private static final String FEATURES = "http://www.opengis.net/spec/ogcapi-features-";
    private static final String CQL2 = "http://www.opengis.net/spec/cql2/1.0/conf/";
    private static final String TILES = "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/";

    static final List<String> CLASSES = List.of(
            FEATURES + "1/1.0/conf/core",
            FEATURES + "1/1.0/conf/geojson",
            FEATURES + "1/1.0/conf/oas30",
            FEATURES + "2/1.0/conf/crs",
            FEATURES + "3/1.0/conf/queryables",
            FEATURES + "3/1.0/conf/queryables-query-parameters",
            FEATURES + "3/1.0/conf/filter",
            FEATURES + "3/1.0/conf/features-filter",
            CQL2 + "basic-cql2",
            CQL2 + "cql2-text",
            CQL2 + "cql2-json",
            CQL2 + "advanced-comparison-operators",
            CQL2 + "case-insensitive-comparison",
            CQL2 + "basic-spatial-functions",
            CQL2 + "basic-spatial-functions-plus",
            CQL2 + "spatial-functions",
            FEATURES + "4/1.0/conf/create-replace-delete",
            FEATURES + "4/1.0/conf/update",
            FEATURES + "4/1.0/conf/features",
            TILES + "core",
            TILES + "tileset",
            TILES + "tilesets-list",
            TILES + "geodata-tilesets",
            TILES + "mvt",
            TILES + "oas30");

    private OgcConformance() {
    }
}
