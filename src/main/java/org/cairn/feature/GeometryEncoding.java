package org.cairn.feature;

/** How an export wants its geometries: PostGIS encodes them, Cairn copies them through. */
public enum GeometryEncoding {
    GEOJSON("ST_AsGeoJSON(%s, 15)"),
    WKT("ST_AsText(%s)"),
    KML("ST_AsKML(%s, 15)"),
    WKB("ST_AsBinary(%s)");

    private final String sql;

    GeometryEncoding(String sql) {
        this.sql = sql;
    }

    String of(String column) {
        return sql.formatted(column);
    }
}
