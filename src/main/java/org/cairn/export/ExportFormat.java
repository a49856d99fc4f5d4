package org.cairn.export;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cairn.feature.GeometryEncoding;
import org.cairn.web.QueryParameters;

/** The file formats of an export, with how each wants its geometries. */
enum ExportFormat {
    GEOJSON("application/geo+json", "geojson", GeometryEncoding.GEOJSON),
    CSV("text/csv; charset=utf-8", "csv", GeometryEncoding.WKT),
    KML("application/vnd.google-earth.kml+xml", "kml", GeometryEncoding.KML),
    GPKG("application/geopackage+sqlite3", "gpkg", GeometryEncoding.WKB);

    final String mediaType;
    final String extension;
    final GeometryEncoding geometry;

    ExportFormat(String mediaType, String extension, GeometryEncoding geometry) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.geometry = geometry;
    }

    static ExportFormat of(String value) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(value)).findFirst()
                .orElseThrow(() -> QueryParameters.invalid("format", "has an unknown value; expected one of "
                        + Arrays.stream(values()).map(format -> format.extension).collect(Collectors.joining(", "))));
    }
}
