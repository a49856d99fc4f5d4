package org.cairn.ogc.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a WKT geometry literal from cql2-text: POINT, LINESTRING, POLYGON, their MULTI forms and
 * GEOMETRYCOLLECTION, each optionally marked Z. MULTIPOINT takes its points with or without
 * parentheses around each.
 */
final class WktReader {

    static final Set<String> TAGS = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING",
            "MULTIPOLYGON", "GEOMETRYCOLLECTION");

    private final TokenStream in;
    private final CoordinateChecks checks = new CoordinateChecks();

    private WktReader(TokenStream in) {
        this.in = in;
    }

    /** Reads the literal whose tag is the next token. */
    static Operand.GeometryLiteral read(TokenStream in) {
        Location at = Location.at(in.peek().position());
        return new Operand.GeometryLiteral(new WktReader(in).geometry(true), at);
    }

    private Geometry geometry(boolean collectionAllowed) {
        Token tag = in.next();
        String type = tag.text().toUpperCase(Locale.ROOT);
        boolean allowed = TAGS.contains(type) && (collectionAllowed || !type.equals("GEOMETRYCOLLECTION"));
        if (tag.kind() != Token.Kind.WORD || !allowed) {
            throw TokenStream.unexpected(tag, collectionAllowed ? "a geometry such as POINT(1 2)"
                    : "a geometry within the collection (collections do not nest)");
        }
        if (in.acceptWord("Z")) {
            checks.dimension(3, Location.at(tag.position()));
        }
        return switch (type) {
            case "POINT" -> new Geometry.Point(point());
            case "LINESTRING" -> new Geometry.LineString(line());
            case "POLYGON" -> new Geometry.Polygon(polygon());
            case "MULTIPOINT" -> new Geometry.MultiPoint(list(() -> in.peek().isSymbol("(") ? point() : position()));
            case "MULTILINESTRING" -> new Geometry.MultiLineString(list(this::line));
            case "MULTIPOLYGON" -> new Geometry.MultiPolygon(list(this::polygon));
            default -> new Geometry.GeometryCollection(list(() -> geometry(false)));
        };
    }

    private double[] point() {
        in.expectSymbol("(");
        double[] position = position();
        in.expectSymbol(")");
        return position;
    }

    private List<double[]> line() {
        Location at = Location.at(in.peek().position());
        return checks.line(list(this::position), at);
    }

    private List<List<double[]>> polygon() {
        return list(() -> {
            Location at = Location.at(in.peek().position());
            return checks.ring(list(this::position), at);
        });
    }

    private double[] position() {
        Location at = Location.at(in.peek().position());
        List<Double> coordinates = new ArrayList<>();
        coordinates.add(in.number("a coordinate"));
        coordinates.add(in.number("a second coordinate (positions are x y, or x y z)"));
        while (in.atNumber()) {
            coordinates.add(in.number("a coordinate"));
        }
        return checks.position(coordinates.stream().mapToDouble(Double::doubleValue).toArray(), at);
    }

    /** Parenthesised, comma-separated items. */
    private <T> List<T> list(Supplier<T> item) {
        in.expectSymbol("(");
        List<T> items = new ArrayList<>();
        do {
            items.add(item.get());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")", "',' or ')'");
        return items;
    }
}
