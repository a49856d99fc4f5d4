package org.cairn.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cairn.validation.FieldError;
import org.cairn.validation.Warning;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads RFC 7946 GeoJSON geometries into JTS, checking what JSON alone can tell: the type, closed
 * rings of at least four positions, longitudes and latitudes in range. Each fault is reported with
 * the JSON path of the position concerned; topology (self-intersection) is PostGIS's to judge.
 */
public final class GeoJsonGeometryReader {

    /** Names of WGS 84 with longitude first, which is what GeoJSON coordinates are. */
    private static final Set<String> WGS84_NAMES = Set.of(
            "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
            "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326");

    private final List<FieldError> errors;
    private final List<Warning> warnings;

    /** Whether a legacy GeoJSON {@code crs} member names WGS 84 with longitude first. */
    public static boolean namesWgs84(JsonNode crs) {
        return WGS84_NAMES.contains(crs.path("properties").path("name").asText());
    }

    public GeoJsonGeometryReader(List<FieldError> errors, List<Warning> warnings) {
        this.errors = errors;
        this.warnings = warnings;
    }

    /** A Polygon or MultiPolygon, always returned as a MultiPolygon; null when faulty. */
    public MultiPolygon readPolygonal(JsonNode geometry, String field) {
        String type = geometryType(geometry, field, "Polygon or MultiPolygon");
        if (type == null) {
            return null;
        }
        JsonNode coordinates = geometry.get("coordinates");
        int before = errors.size();
        List<Polygon> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(polygon(coordinates, field + ".coordinates"));
        } else if ("MultiPolygon".equals(type)) {
            if (isArray(coordinates, field + ".coordinates", "an array of polygons", 1)) {
                for (int i = 0; i < coordinates.size(); i++) {
                    polygons.add(polygon(coordinates.get(i), field + ".coordinates[" + i + "]"));
                }
            }
        } else {
            errors.add(new FieldError(field + ".type", "must be Polygon or MultiPolygon"));
        }
        if (errors.size() > before) {
            return null;
        }
        return Geometries.WGS84.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** A GeoJSON Point; null when faulty. */
    public Point readPoint(JsonNode geometry, String field) {
        String type = geometryType(geometry, field, "Point");
        if (type == null) {
            return null;
        }
        if (!"Point".equals(type)) {
            errors.add(new FieldError(field + ".type", "must be Point"));
            return null;
        }
        Coordinate position = position(geometry.get("coordinates"), field + ".coordinates");
        return position == null ? null : Geometries.WGS84.createPoint(position);
    }

    private String geometryType(JsonNode geometry, String field, String expected) {
        if (geometry == null || geometry.isNull()) {
            errors.add(new FieldError(field, "required: a GeoJSON " + expected));
            return null;
        }
        if (!geometry.isObject() || !geometry.path("type").isTextual()) {
            errors.add(new FieldError(field, "must be a GeoJSON " + expected + " object with a type"));
            return null;
        }
        JsonNode crs = geometry.get("crs");
        if (crs != null && !namesWgs84(crs)) {
            errors.add(new FieldError(field + ".crs",
                    "coordinates must be WGS 84 longitude, latitude (RFC 7946); other reference systems are not accepted here"));
            return null;
        }
        return geometry.get("type").asText();
    }

    private Polygon polygon(JsonNode rings, String field) {
        if (!isArray(rings, field, "an array of linear rings", 1)) {
            return null;
        }
        LinearRing shell = ring(rings.get(0), field + "[0]");
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(ring(rings.get(i), field + "[" + i + "]"));
        }
        if (shell == null || holes.contains(null)) {
            return null;
        }
        return Geometries.WGS84.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(JsonNode positions, String field) {
        if (!isArray(positions, field, "a closed ring of at least 4 positions", 4)) {
            return null;
        }
        Coordinate[] ring = new Coordinate[positions.size()];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = position(positions.get(i), field + "[" + i + "]");
            if (ring[i] == null) {
                return null;
            }
        }
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            errors.add(new FieldError(field, "ring is not closed: the last position must repeat the first"));
            return null;
        }
        if (distinctVertices(ring) < 3) {
            errors.add(new FieldError(field, "ring needs at least 3 distinct vertices"));
            return null;
        }
        warnOfLongEdges(ring, field);
        return Geometries.WGS84.createLinearRing(ring);
    }

    private Coordinate position(JsonNode position, String field) {
        if (position == null || !position.isArray() || position.size() < 2 || position.size() > 3) {
            errors.add(new FieldError(field, "a position is an array of longitude, latitude and optionally altitude"));
            return null;
        }
        for (JsonNode ordinate : position) {
            if (!ordinate.isNumber() || !Double.isFinite(ordinate.asDouble())) {
                errors.add(new FieldError(field, "coordinates must be finite numbers"));
                return null;
            }
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (lon < -180 || lon > 180) {
            errors.add(new FieldError(field, "has a longitude outside [-180, 180]"));
            return null;
        }
        if (lat < -90 || lat > 90) {
            errors.add(new FieldError(field, "has a latitude outside [-90, 90]"));
            return null;
        }
        if (position.size() == 3 && warnings.stream().noneMatch(w -> Geometries.ALTITUDE_DROPPED.equals(w.code()))) {
            warnings.add(Warning.of(Geometries.ALTITUDE_DROPPED,
                    "Altitudes are not stored for this geometry; only longitude and latitude were kept."));
        }
        return new Coordinate(lon, lat);
    }

    private boolean isArray(JsonNode node, String field, String expected, int minimumSize) {
        if (node == null || !node.isArray() || node.size() < minimumSize) {
            errors.add(new FieldError(field, "must be " + expected));
            return false;
        }
        return true;
    }

    private static long distinctVertices(Coordinate[] ring) {
        return Arrays.stream(ring).map(c -> c.x + "," + c.y).distinct().count();
    }

    private void warnOfLongEdges(Coordinate[] ring, String field) {
        for (int i = 1; i < ring.length; i++) {
            double metres = Geometries.haversineMetres(ring[i - 1], ring[i]);
            if (metres > Geometries.LONG_EDGE_METRES) {
                warnings.add(Warning.of("LONG_EDGE", String.format(Locale.ROOT,
                        "%s: vertices %d and %d are %.1f km apart; check for a mistyped coordinate.",
                        field, i - 1, i, metres / 1000)));
            }
        }
    }
}
