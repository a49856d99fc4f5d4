package org.cairn.activity;

import static org.cairn.support.Features.geometry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Reproducible random shapes: star-shaped polygons (simple by construction), holes, multipolygons. */
final class RandomShapes {

    private final Random random;

    RandomShapes(long seed) {
        this.random = new Random(seed);
    }

    /** A polygon with a hole, or a multipolygon of two such parts, around (lon, lat). */
    Map<String, Object> hazard(double lon, double lat, boolean multi) {
        List<Object> first = List.of(star(lon, lat, 0.02, 14, true), star(lon, lat, 0.004, 7, false));
        if (!multi) {
            return geometry("Polygon", first);
        }
        List<Object> second = List.of(star(lon + 0.05, lat, 0.012, 9, true));
        return geometry("MultiPolygon", List.of(first, second));
    }

    /** A polygon somewhere over the hazard's extent, often across its edges and hole. */
    Map<String, Object> release(double lon, double lat) {
        double x = lon - 0.02 + random.nextDouble() * 0.08;
        double y = lat - 0.02 + random.nextDouble() * 0.04;
        return geometry("Polygon", List.of(star(x, y, 0.004 + random.nextDouble() * 0.01, 5 + random.nextInt(8), true)));
    }

    /** Vertices at increasing angles and random radii: never self-intersecting; counter-clockwise for shells. */
    private List<List<Double>> star(double lon, double lat, double radius, int vertices, boolean shell) {
        List<List<Double>> ring = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double r = radius * (0.6 + 0.4 * random.nextDouble());
            ring.add(List.of(lon + r * Math.cos(angle), lat + r * Math.sin(angle)));
        }
        if (!shell) {
            Collections.reverse(ring);
        }
        ring.add(ring.get(0));
        return ring;
    }
}
