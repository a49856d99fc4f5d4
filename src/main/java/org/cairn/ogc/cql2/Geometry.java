package org.cairn.ogc.cql2;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A geometry literal, read from WKT or GeoJSON into the same shape so that both encodings bind the
 * same WKT. A position is an array of 2 or 3 numbers.
 */
sealed interface Geometry {

    /** The literal as WKT, for ST_GeomFromText. */
    String wkt();

    record Point(double[] position) implements Geometry {
        @Override
        public String wkt() {
            return "POINT(" + coordinates(position) + ")";
        }
    }

    record LineString(List<double[]> positions) implements Geometry {
        @Override
        public String wkt() {
            return "LINESTRING" + sequence(positions);
        }
    }

    record Polygon(List<List<double[]>> rings) implements Geometry {
        @Override
        public String wkt() {
            return "POLYGON" + group(rings, Geometry::sequence);
        }
    }

    record MultiPoint(List<double[]> positions) implements Geometry {
        @Override
        public String wkt() {
            return "MULTIPOINT" + group(positions, position -> "(" + coordinates(position) + ")");
        }
    }

    record MultiLineString(List<List<double[]>> lines) implements Geometry {
        @Override
        public String wkt() {
            return "MULTILINESTRING" + group(lines, Geometry::sequence);
        }
    }

    record MultiPolygon(List<List<List<double[]>>> polygons) implements Geometry {
        @Override
        public String wkt() {
            return "MULTIPOLYGON" + group(polygons, rings -> group(rings, Geometry::sequence));
        }
    }

    record GeometryCollection(List<Geometry> members) implements Geometry {
        @Override
        public String wkt() {
            return "GEOMETRYCOLLECTION" + group(members, Geometry::wkt);
        }
    }

    private static String sequence(List<double[]> positions) {
        return group(positions, Geometry::coordinates);
    }

    private static <T> String group(List<T> items, Function<T, String> wkt) {
        return items.stream().map(wkt).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Plain decimals, never exponents, so that the WKT reads the same whichever encoding it came from. */
    private static String coordinates(double[] ordinates) {
        StringBuilder text = new StringBuilder();
        for (double ordinate : ordinates) {
            text.append(text.length() == 0 ? "" : " ")
                    .append(BigDecimal.valueOf(ordinate).stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }
}
