package org.cairn.openrosa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * ODK's geometry answers as GeoJSON: a geopoint is {@code lat lon altitude accuracy}, a geoshape
 * the same points separated by {@code ;}. GeoJSON is longitude first; a point keeps its accuracy
 * aside for records that note it.
 */
final class Coordinates {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Coordinates() {
    }

    static ObjectNode point(String answer, String path) {
        double[] point = parse(answer, path);
        ObjectNode geometry = JSON.objectNode().put("type", "Point");
        geometry.putArray("coordinates").add(point[1]).add(point[0]);
        if (point.length > 3) {
            geometry.put("accuracy", point[3]);
        }
        return geometry;
    }

    /** The shape as a polygon, its ring closed as GeoJSON wants it (ODK repeats the first point, but need not). */
    static ObjectNode polygon(String answer, String path) {
        String[] points = answer.trim().split("\\s*;\\s*");
        ObjectNode geometry = JSON.objectNode().put("type", "Polygon");
        ArrayNode ring = geometry.putArray("coordinates").addArray();
        for (String point : points) {
            double[] position = parse(point, path);
            ring.addArray().add(position[1]).add(position[0]);
        }
        if (points.length > 0 && !ring.get(0).equals(ring.get(ring.size() - 1))) {
            ring.add(ring.get(0).deepCopy());
        }
        return geometry;
    }

    private static double[] parse(String point, String path) {
        String[] parts = point.trim().split("\\s+");
        if (parts.length < 2 || parts.length > 4) {
            throw SubmissionMapping.refused(path + " is not a point of latitude and longitude");
        }
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw SubmissionMapping.refused(path + " is not a point of latitude and longitude");
            }
            if (!Double.isFinite(numbers[i])) {
                throw SubmissionMapping.refused(path + " has a coordinate that is not a finite number");
            }
        }
        return numbers;
    }
}
