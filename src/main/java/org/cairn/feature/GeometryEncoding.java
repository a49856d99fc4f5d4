package org.cairn.feature;

/** How an export wants its geometries: PostGIS encodes them, Cairn copies them through. */
public enum GeometryEncoding {
    GEOJSON("ST_AsGeoJSON(%s, %d)"),
    WKT("ST_AsText(%s, %d)"),
    KML("ST_AsKML(%s, %d)"),
    /** Binary doubles: every decimal costs the same eight bytes. */
    WKB("ST_AsBinary(%s)");

    private final String sql;

    GeometryEncoding(String sql) {
        this.sql = sql;
    }

    /** The SQL encoding the column, degrees to these decimals where the encoding writes text. */
    String of(String column, int decimals) {
        return this == WKB ? sql.formatted(column) : sql.formatted(column, decimals);
    }
}
