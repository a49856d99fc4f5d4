package org.cairn.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cairn.feature.FeatureProperty;
import org.cairn.feature.FeatureStore;
import org.cairn.feature.FeatureType;

/**
 * A collection as a GeoPackage. SQLite needs a file, so the rows are written into a temporary one
 * as they stream from PostGIS, which is then copied into the answer and deleted.
 */
final class GeoPackageExport {

    private GeoPackageExport() {
    }

    static void write(String table, String geometryFormat, FeatureType type, FeatureStore.Rows rows,
            OutputStream output) throws IOException {
        Path folder = Files.createTempDirectory("cairn-export");
        Path file = folder.resolve(table + ".gpkg");
        try {
            try (GeoPackageFile gpkg = GeoPackageFile.create(file, table, geometryType(geometryFormat), 4326,
                    columns(type))) {
                int width = type.properties().size();
                rows.forEach(row -> {
                    Object[] values = new Object[width + 1];
                    values[0] = row.id();
                    for (int i = 0; i < width; i++) {
                        values[i + 1] = row.value(i);
                    }
                    gpkg.add(row.geometryBytes(), null, values);
                });
            } catch (SQLException e) {
                throw new IllegalStateException("The GeoPackage could not be written", e);
            }
            Files.copy(file, output);
        } finally {
            deleteQuietly(file);
            deleteQuietly(folder);
        }
    }

    private static String geometryType(String geometryFormat) {
        return switch (geometryFormat) {
            case "geometry-point" -> "POINT";
            case "geometry-multipolygon" -> "MULTIPOLYGON";
            default -> "GEOMETRY";
        };
    }

    /** The feature's id, then every property, typed as GeoPackage types them. */
    private static List<GeoPackageColumn> columns(FeatureType type) {
        List<GeoPackageColumn> columns = new ArrayList<>();
        columns.add(new GeoPackageColumn("id", GeoPackageColumn.Type.TEXT));
        for (FeatureProperty property : type.properties()) {
            columns.add(new GeoPackageColumn(property.name(), switch (property.kind()) {
                case INTEGER -> GeoPackageColumn.Type.INTEGER;
                case NUMBER -> GeoPackageColumn.Type.REAL;
                case BOOLEAN -> GeoPackageColumn.Type.BOOLEAN;
                case DATE -> GeoPackageColumn.Type.DATE;
                case TIMESTAMP -> GeoPackageColumn.Type.DATETIME;
                case STRING, ID, STRING_ARRAY, JSON -> GeoPackageColumn.Type.TEXT;
            }));
        }
        return columns;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("A temporary export file could not be deleted", e);
        }
    }
}
