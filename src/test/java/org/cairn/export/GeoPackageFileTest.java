package org.cairn.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.export.GeoPackageColumn.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoPackage files as GDAL, and so QGIS, reads them. */
class GeoPackageFileTest {

    private static final List<GeoPackageColumn> COLUMNS = List.of(
            new GeoPackageColumn("name", Type.TEXT),
            new GeoPackageColumn("device count", Type.INTEGER),
            new GeoPackageColumn("Area m2", Type.REAL),
            new GeoPackageColumn("confirmed", Type.BOOLEAN),
            new GeoPackageColumn("surveyed", Type.DATE),
            new GeoPackageColumn("updated", Type.DATETIME));

    /** A square of 0.01 degrees on a side at the equator, as x, y pairs: about 1.23 km². */
    private static final double[] SQUARE = ring(30, 0, 0.01);
    private static final double[] OTHER_SQUARE = ring(30.1, 0, 0.01);
    /** A hole a quarter of that square. */
    private static final double[] HOLE = ring(30.0025, 0.0025, 0.005);

    @TempDir
    Path directory;

    @Test
    void gdalReadsFeaturesWithTheirGeometriesAndValues() throws Exception {
        Path file = directory.resolve("hazards.gpkg");
        try (GeoPackageFile gpkg = GeoPackageFile.create(file, "hazard_areas", "MULTIPOLYGON", 4326, COLUMNS)) {
            gpkg.add(multiPolygon(new double[][] {SQUARE}, new double[][] {OTHER_SQUARE}),
                    new double[] {30, 30.11, 0, 0.01},
                    new Object[] {"Two fields", 3L, 2.5, true, "2024-05-31", "2024-06-01T08:30:00Z"});
            gpkg.add(multiPolygon(new double[][] {SQUARE, HOLE}), new double[] {30, 30.01, 0, 0.01},
                    new Object[] {"Ring \"quoted\"", 0L, null, false, null, "2024-06-02T10:00:00.123456+02:00"});
            gpkg.add(null, null, new Object[] {null, null, null, null, null, null});
        }

        String summary = ogrinfo("-ro", "-so", file.toString(), "hazard_areas");
        assertTrue(summary.contains("using driver `GPKG' successful"), summary);
        assertTrue(summary.contains("Geometry: Multi Polygon"), summary);
        assertTrue(summary.contains("Feature Count: 3"), summary);
        assertTrue(summary.contains("ID[\"EPSG\",4326]"), summary);
        assertTrue(summary.contains("Extent: (30.000000, 0.000000) - (30.110000, 0.010000)"), summary);
        assertTrue(summary.contains("FID Column = fid"), summary);
        assertTrue(summary.contains("Geometry Column = geom"), summary);
        assertTrue(summary.contains("device count: Integer64"), summary);
        assertTrue(summary.contains("Area m2: Real"), summary);
        assertTrue(summary.contains("confirmed: Integer(Boolean)"), summary);
        assertTrue(summary.contains("surveyed: Date"), summary);
        assertTrue(summary.contains("updated: DateTime"), summary);

        // GDAL writes 30.01 0.0 where its own writer would write 30.01 0: the zeros are left out here.
        String features = ogrinfo("-ro", "-al", file.toString()).replaceAll("(\\d)\\.0(?=[ ,)])", "$1");
        // GDAL warns about each value not in the form the GeoPackage specifies.
        assertFalse(features.contains("Non-conformant"), features);
        assertTrue(features.contains("name (String) = Two fields"), features);
        assertTrue(features.contains("device count (Integer64) = 3"), features);
        assertTrue(features.contains("Area m2 (Real) = 2.5"), features);
        assertTrue(features.contains("confirmed (Integer(Boolean)) = 1"), features);
        assertTrue(features.contains("surveyed (Date) = 2024/05/31"), features);
        assertTrue(features.contains("updated (DateTime) = 2024/06/01 08:30:00+00"), features);
        assertTrue(features.contains("name (String) = Ring \"quoted\""), features);
        assertTrue(features.contains("confirmed (Integer(Boolean)) = 0"), features);
        assertTrue(features.contains("Area m2 (Real) = (null)"), features);
        assertTrue(features.contains("updated (DateTime) = 2024/06/02 08:00:00.123+00"), features);
        assertTrue(features.contains("MULTIPOLYGON (((30 0,30.01 0,30.01 0.01,30 0.01,30 0)),"
                + "((30.1 0,30.11 0,30.11 0.01,30.1 0.01,30.1 0)))"), features);
        assertTrue(features.contains("MULTIPOLYGON (((30 0,30.01 0,30.01 0.01,30 0.01,30 0),"
                + "(30.0025 0.0025,30.0075 0.0025,30.0075 0.0075,30.0025 0.0075,30.0025 0.0025)))"), features);
        assertTrue(features.contains("OGRFeature(hazard_areas):3"), features);

        // Spatialite's geodesic area, in square metres on the WGS 84 ellipsoid: the hole takes a quarter.
        String areas = ogrinfo("-ro", "-dialect", "SQLite", "-sql",
                "SELECT fid, ST_Area(geom, 1) AS area FROM hazard_areas ORDER BY fid", file.toString());
        List<Double> values = new ArrayList<>();
        Matcher area = Pattern.compile("area \\(Real\\) = ([0-9.eE+-]+)").matcher(areas);
        while (area.find()) {
            values.add(Double.parseDouble(area.group(1)));
        }
        assertEquals(2, values.size(), areas);
        double square = 1_231_000;
        assertEquals(2 * square, values.get(0), 0.01 * square, areas);
        assertEquals(0.75 * square, values.get(1), 0.01 * square, areas);
    }

    @Test
    void manyFeaturesStreamIntoTheFile() throws Exception {
        Path file = directory.resolve("points.gpkg");
        int count = 200_000;
        try (GeoPackageFile gpkg = GeoPackageFile.create(file, "findings", "POINT", 4326,
                List.of(new GeoPackageColumn("n", Type.INTEGER)))) {
            for (int i = 0; i < count; i++) {
                double x = -180 + i * 0.001;
                double y = i % 90;
                gpkg.add(point(x, y), new double[] {x, x, y, y}, new Object[] {(long) i});
            }
        }

        String summary = ogrinfo("-ro", "-so", file.toString(), "findings");
        assertTrue(summary.contains("Geometry: Point"), summary);
        assertTrue(summary.contains("Feature Count: " + count), summary);
    }

    private static String ogrinfo(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ogrinfo"));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Read before waiting, so that a long listing cannot fill the pipe and stall GDAL.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ogrinfo did not finish in 60 s");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** A closed square ring with its lower left corner at x, y. */
    private static double[] ring(double x, double y, double side) {
        return new double[] {x, y, x + side, y, x + side, y + side, x, y + side, x, y};
    }

    /** Little-endian WKB of a MultiPolygon; each polygon is its rings, each ring x, y pairs. */
    private static byte[] multiPolygon(double[][]... polygons) {
        int size = 9;
        for (double[][] polygon : polygons) {
            size += 9;
            for (double[] ring : polygon) {
                size += 4 + ring.length * Double.BYTES;
            }
        }
        ByteBuffer wkb = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        wkb.put((byte) 1).putInt(6).putInt(polygons.length);
        for (double[][] polygon : polygons) {
            wkb.put((byte) 1).putInt(3).putInt(polygon.length);
            for (double[] ring : polygon) {
                wkb.putInt(ring.length / 2);
                for (double coordinate : ring) {
                    wkb.putDouble(coordinate);
                }
            }
        }
        return wkb.array();
    }

    /** Big-endian WKB of a point, as some writers send it: the blob keeps the WKB's own byte order. */
    private static byte[] point(double x, double y) {
        return ByteBuffer.allocate(21).put((byte) 0).putInt(1).putDouble(x).putDouble(y).array();
    }
}
