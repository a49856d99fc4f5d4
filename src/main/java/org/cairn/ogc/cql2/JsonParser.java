package org.cairn.ogc.cql2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Parses cql2-json: predicates are objects with op and args (or true and false), values are strings,
 * numbers, booleans, {"property": ...}, {"date": ...}, {"timestamp": ...}, {"bbox": [...]}, GeoJSON
 * geometries and {"op": "casei", ...}. Operator names are matched in any letter case.
 */
final class JsonParser {

    // Numbers are read from their digits, as cql2-text reads them; duplicate keys would make a filter ambiguous.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> PREDICATES = Set.of("and", "or", "not", "=", "<>", "<", ">", "<=", ">=", "like",
            "between", "in", "isnull");
    private static final String PREDICATE = "a condition: an object with op and args, or true or false";

    private int depth;

    private JsonParser() {
    }

    static Predicate parse(String filter) {
        JsonNode root;
        try {
            root = MAPPER.readTree(filter);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String line = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
            throw new Cql2Exception("The filter is not valid JSON" + line + ".", -1);
        }
        if (root == null || root.isMissingNode()) {
            throw new Cql2Exception("The filter is empty.", -1);
        }
        return new JsonParser().predicate(root, "");
    }

    private Predicate predicate(JsonNode node, String path) {
        Location at = Location.path(path);
        if (node.isBoolean()) {
            return new Predicate.Truth(node.booleanValue());
        }
        if (!node.path("op").isTextual()) {
            throw unexpected(node, at, PREDICATE);
        }
        String op = node.get("op").textValue();
        String name = op.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "and", "or" -> {
                JsonNode args = args(node, path, op, 2, Integer.MAX_VALUE);
                List<Predicate> terms = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    JsonNode term = args.get(i);
                    String termPath = arg(path, i);
                    terms.add(nested(at, () -> predicate(term, termPath)));
                }
                yield name.equals("and") ? new Predicate.And(terms) : new Predicate.Or(terms);
            }
            case "not" -> {
                JsonNode term = args(node, path, op, 1, 1).get(0);
                yield new Predicate.Not(nested(at, () -> predicate(term, arg(path, 0))));
            }
            case "like" -> {
                JsonNode args = args(node, path, op, 2, 2);
                yield new Predicate.Like(operand(args, path, 0), operand(args, path, 1));
            }
            case "between" -> {
                JsonNode args = args(node, path, op, 3, 3);
                yield new Predicate.Between(operand(args, path, 0), operand(args, path, 1), operand(args, path, 2), at);
            }
            case "in" -> in(node, path, op);
            case "isnull" -> new Predicate.IsNull(operand(args(node, path, op, 1, 1), path, 0));
            default -> ComparisonOperator.of(name).isPresent() ? comparison(node, path, op) : spatial(node, path, op);
        };
    }

    private Predicate comparison(JsonNode node, String path, String op) {
        JsonNode args = args(node, path, op, 2, 2);
        return new Predicate.Comparison(ComparisonOperator.of(op).orElseThrow(), operand(args, path, 0),
                operand(args, path, 1), Location.path(path));
    }

    private Predicate in(JsonNode node, String path, String op) {
        JsonNode args = args(node, path, op, 2, 2);
        String listPath = arg(path, 1);
        JsonNode items = args.get(1);
        if (!items.isArray() || items.isEmpty()) {
            throw Location.path(listPath).fault("Expected a non-empty array of values at " + listPath + ".");
        }
        List<Operand> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            list.add(operand(items.get(i), listPath + "[" + i + "]"));
        }
        return new Predicate.In(operand(args, path, 0), list, Location.path(path));
    }

    private Predicate spatial(JsonNode node, String path, String op) {
        Location at = Location.path(path);
        SpatialFunction function = SpatialFunction.of(op).orElseThrow(() -> op.equalsIgnoreCase("casei")
                ? at.fault("CASEI " + at.describe() + " is a value, not a condition; compare it with something.")
                : Unsupported.operation(op, at));
        JsonNode args = args(node, path, op, 2, 2);
        return new Predicate.Spatial(function, operand(args, path, 0), operand(args, path, 1));
    }

    private Operand operand(JsonNode args, String path, int index) {
        return operand(args.get(index), arg(path, index));
    }

    private Operand operand(JsonNode node, String path) {
        Location at = Location.path(path);
        if (node.isTextual()) {
            return new Operand.TextLiteral(node.textValue(), at);
        }
        if (node.isNumber()) {
            return new Operand.NumberLiteral(node.decimalValue(), at);
        }
        if (node.isBoolean()) {
            return new Operand.BooleanLiteral(node.booleanValue(), at);
        }
        if (node.has("property")) {
            return new Operand.PropertyRef(text(node.get("property"), path + ".property"), at);
        }
        if (node.has("date")) {
            return new Operand.DateLiteral(Literals.date(text(node.get("date"), path + ".date"), at), at);
        }
        if (node.has("timestamp")) {
            return new Operand.TimestampLiteral(
                    Literals.timestamp(text(node.get("timestamp"), path + ".timestamp"), at), at);
        }
        if (node.has("interval")) {
            throw Unsupported.operation("INTERVAL", at);
        }
        if (node.has("bbox")) {
            return bbox(node.get("bbox"), path + ".bbox", at);
        }
        if (node.has("type")) {
            return new Operand.GeometryLiteral(GeoJsonReader.read(node, path), at);
        }
        if (node.path("op").isTextual()) {
            return function(node, path);
        }
        throw unexpected(node, at, "a property, a value or CASEI");
    }

    private Operand function(JsonNode node, String path) {
        Location at = Location.path(path);
        String op = node.get("op").textValue();
        if (op.equalsIgnoreCase("casei")) {
            JsonNode args = args(node, path, op, 1, 1);
            return new Operand.Casei(nested(at, () -> operand(args, path, 0)), at);
        }
        if (PREDICATES.contains(op.toLowerCase(Locale.ROOT))) {
            throw at.fault("The condition '" + op + "' " + at.describe() + " cannot stand for a value.");
        }
        throw Unsupported.operation(op, at);
    }

    private static Operand.BboxLiteral bbox(JsonNode node, String path, Location at) {
        if (!node.isArray()) {
            throw Location.path(path).fault("Expected an array of 4 or 6 numbers at " + path + ".");
        }
        double[] numbers = new double[node.size()];
        for (int i = 0; i < numbers.length; i++) {
            Location number = Location.path(path + "[" + i + "]");
            if (!node.get(i).isNumber()) {
                throw number.fault("Expected a number " + number.describe() + ".");
            }
            numbers[i] = Literals.finite(node.get(i).doubleValue(), number);
        }
        return Literals.bbox(numbers, at);
    }

    /** The args of an operator, of a count within bounds. */
    private static JsonNode args(JsonNode node, String path, String op, int least, int most) {
        Location at = Location.path(path);
        JsonNode args = node.path("args");
        if (!args.isArray()) {
            throw at.fault("The operator '" + op + "' " + at.describe() + " needs an args array.");
        }
        if (args.size() < least || args.size() > most) {
            String count = least == most ? String.valueOf(least) : "at least " + least;
            throw at.fault("The operator '" + op + "' " + at.describe() + " takes " + count + " argument"
                    + (least == 1 && most == 1 ? "" : "s") + ", not " + args.size() + ".");
        }
        return args;
    }

    private static String text(JsonNode node, String path) {
        if (!node.isTextual() || node.textValue().isEmpty()) {
            throw Location.path(path).fault("Expected a non-empty string at " + path + ".");
        }
        return node.textValue();
    }

    private static String arg(String path, int index) {
        return (path.isEmpty() ? "" : path + ".") + "args[" + index + "]";
    }

    private static Cql2Exception unexpected(JsonNode node, Location at, String expected) {
        String kind = node.isObject() ? "object" : node.getNodeType().name().toLowerCase(Locale.ROOT);
        return at.fault("Unexpected " + kind + " " + at.describe() + "; expected " + expected + ".");
    }

    /** Guards the stack against a filter nested without end. */
    private <T> T nested(Location at, Supplier<T> inner) {
        if (++depth > Cql2.MAX_NESTING) {
            throw at.fault("The filter nests more than " + Cql2.MAX_NESTING + " levels deep " + at.describe() + ".");
        }
        T result = inner.get();
        depth--;
        return result;
    }
}
