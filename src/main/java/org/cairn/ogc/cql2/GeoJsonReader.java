package org.cairn.ogc.cql2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reads a GeoJSON geometry object, a geometry literal of cql2-json, into the shape WKT literals take. */
final class GeoJsonReader {

    private final CoordinateChecks checks = new CoordinateChecks();

    private GeoJsonReader() {
    }

    static Geometry read(JsonNode node, String path) {
        return new GeoJsonReader().geometry(node, path, true);
    }

    private Geometry geometry(JsonNode node, String path, boolean collectionAllowed) {
        String type = node.path("type").asText("");
        if (type.equals("GeometryCollection") && collectionAllowed) {
            return new Geometry.GeometryCollection(
                    list(node.path("geometries"), path + ".geometries", (member, at) -> geometry(member, at, false)));
        }
        JsonNode coordinates = node.path("coordinates");
        String at = path + ".coordinates";
        return switch (type) {
            case "Point" -> new Geometry.Point(position(coordinates, at));
            case "LineString" -> new Geometry.LineString(line(coordinates, at));
            case "Polygon" -> new Geometry.Polygon(polygon(coordinates, at));
            case "MultiPoint" -> new Geometry.MultiPoint(list(coordinates, at, this::position));
            case "MultiLineString" -> new Geometry.MultiLineString(list(coordinates, at, this::line));
            case "MultiPolygon" -> new Geometry.MultiPolygon(list(coordinates, at, this::polygon));
            default -> throw Location.path(path).fault("Unknown geometry type at " + path
                    + "; expected Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon"
                    + (collectionAllowed ? " or GeometryCollection." : " (collections do not nest)."));
        };
    }

    private List<double[]> line(JsonNode node, String path) {
        return checks.line(list(node, path, this::position), Location.path(path));
    }

    private List<List<double[]>> polygon(JsonNode node, String path) {
        return list(node, path, (ring, at) -> checks.ring(list(ring, at, this::position), Location.path(at)));
    }

    private double[] position(JsonNode node, String path) {
        Location at = Location.path(path);
        if (!node.isArray()) {
            throw at.fault("Expected a position, an array of 2 or 3 numbers, at " + path + ".");
        }
        double[] coordinates = new double[node.size()];
        for (int i = 0; i < coordinates.length; i++) {
            if (!node.get(i).isNumber()) {
                throw at.fault("Expected a number at " + path + "[" + i + "].");
            }
            coordinates[i] = node.get(i).doubleValue();
        }
        return checks.position(coordinates, at);
    }

    /** The items of a non-empty array, since WKT has no way to write an empty part. */
    private static <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> item) {
        if (!node.isArray() || node.isEmpty()) {
            throw Location.path(path).fault("Expected a non-empty array at " + path + ".");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(item.apply(node.get(i), path + "[" + i + "]"));
        }
        return items;
    }
}
