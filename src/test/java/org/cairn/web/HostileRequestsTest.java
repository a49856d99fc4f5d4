package org.cairn.web;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.support.Database;
import org.junit.jupiter.api.Test;

/**
 * The guard that stays: walks the API's own OpenAPI document and sends every operation hostile
 * values in each parameter and each body field (wrong types, extremes, NUL and other control
 * characters, half surrogates, very long and deeply nested values, unknown constants, numbers for
 * dates), as every role, and asserts for each answer: no 5xx, a refusal in problem+json, and for
 * a refused write, a database left as it was.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");
    /** Weighted towards roles that get past the access check, so that hostile values reach the code behind it. */
    private static final List<String> ROLES = List.of("admin", "data_manager", "victim_assistance", "admin",
            "field_surveyor", "operator", "data_manager", "viewer", "partner", "quality_manager", "anonymous");
    private static final List<String> TEXTS = List.of("", " ", "\u0000", "a\u0000b", "\u0007bell\u001b",
            "x".repeat(5_000), "-1", "0", "99999999999999999999", "1e309", "1.5", "NaN", "true", "null", "[]",
            "{}", "NOT_A_VALUE", "00000000-0000-0000-0000-000000000000", "1-2-3-4-5", "-999999999-01-01",
            "2026-02-30", "20261101", "../..", "..", "'; DROP TABLE hazard_area; --", "<script>alert(1)</script>",
            "%", "日本語 🚀", ",,,", "a,b,c", "*", "\"quoted\"");
    /** Database fingerprint of every kind of write: a refused request must leave it as it was. */
    private static final String FINGERPRINT = """
            SELECT (SELECT coalesce(max(id), 0) FROM revision) || '/' || (SELECT coalesce(max(position), 0) FROM
            change_log) || '/' || (SELECT count(*) FROM api_key) || '/' || (SELECT count(*) FROM data_key) || '/' ||
            (SELECT count(*) FROM job) || '/' || (SELECT count(*) FROM admin_area) || '/' || (SELECT count(*) FROM
            field_report_attachment_chunk) || '/' || (SELECT count(*) FROM casualty_personal_data) || '/' ||
            (SELECT count(*) FROM openrosa_part)""";

    @Inject
    AgroalDataSource dataSource;

    /** Seeded, so that a run can be repeated; each value it draws is in the failure's message. */
    private final Random random = new Random(20261206);
    private final List<String> faults = new ArrayList<>();
    private int sent;

    @Test
    void noOperationBreaksOnHostileInputOrChangesAnythingWhenItRefuses() throws IOException {
        HostileFixture fixture = new HostileFixture();
        JsonNode document = JSON.readTree(anonymous().when().get("/q/openapi?format=json").asString());
        List<Operation> operations = operations(document);
        for (Operation operation : operations) {
            for (JsonNode parameter : operation.parameters()) {
                for (String value : values()) {
                    send(operation, fixture, parameter, value, null);
                }
            }
            if (operation.body() != null) {
                JsonNode base = new BodyBuilder(document).build(operation.body(), 0);
                for (String body : wholeBodies()) {
                    send(operation, fixture, null, null, body);
                }
                for (String path : leaves(base, "")) {
                    for (JsonNode value : hostileNodes()) {
                        send(operation, fixture, null, null, JSON.writeValueAsString(replaced(base, path, value)));
                    }
                }
            }
        }
        assertTrue(sent > 5_000, "only " + sent + " requests were sent");
        assertTrue(faults.isEmpty(), faults.size() + " of " + sent + " answers broke the rules:\n"
                + String.join("\n", faults.subList(0, Math.min(40, faults.size()))));
    }

    private record Operation(String method, String path, List<JsonNode> parameters, JsonNode body, String bodyType) {

        boolean writes() {
            return !method.equals("get");
        }
    }

    /** Every operation of the document, deletions last so that the fixture's records last as long as possible. */
    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        List<Operation> deletions = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            List<JsonNode> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameters.add(resolve(document, parameter)));
            JsonNode content = operation.path("requestBody").path("content");
            String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
            JsonNode body = bodyType == null ? null : content.get(bodyType).path("schema");
            Operation found = new Operation(entry.getKey(), path.getKey(), parameters, body, bodyType);
            (entry.getKey().equals("delete") ? deletions : operations).add(found);
        }));
        operations.addAll(deletions);
        return operations;
    }

    private void send(Operation operation, HostileFixture fixture, JsonNode hostile, String value, String body) {
        String role = ROLES.get(sent++ % ROLES.size());
        RequestSpecification request = (role.equals("anonymous") ? anonymous() : as(role)).urlEncodingEnabled(false);
        Map<String, String> query = new LinkedHashMap<>();
        String path = operation.path();
        Matcher parameters = PATH_PARAMETER.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (parameters.find()) {
            boolean spoilt = hostile != null && hostile.path("in").asText().equals("path")
                    && hostile.path("name").asText().equals(parameters.group(1));
            parameters.appendReplacement(resolved, Matcher.quoteReplacement(spoilt ? encode(value)
                    : fixture.pathValue(path, parameters.group(1))));
        }
        parameters.appendTail(resolved);
        if (hostile != null && hostile.path("in").asText().equals("query")) {
            query.put(hostile.path("name").asText(), value);
        } else if (hostile != null && hostile.path("in").asText().equals("header")) {
            request.header(hostile.path("name").asText(), value.replaceAll("[\\x00-\\x1f\\x7f]", "?"));
        }
        String url = resolved + (query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .reduce((a, b) -> a + "&" + b).orElseThrow());
        if (body != null) {
            request.contentType(operation.bodyType()).body(body.getBytes(StandardCharsets.UTF_8));
        }
        String before = operation.writes() ? Database.single(dataSource, FINGERPRINT) : null;
        Response answer = request.when().request(operation.method().toUpperCase(), url);
        check(operation, role, url, hostile, body, answer, before);
    }

    private void check(Operation operation, String role, String url, JsonNode hostile, String body, Response answer,
            String before) {
        int status = answer.statusCode();
        String what = operation.method().toUpperCase() + " " + abbreviate(url) + " as " + role
                + (hostile != null ? " (" + hostile.path("name").asText() + ")" : "")
                + (body != null ? " with " + abbreviate(body) : "") + ": " + status;
        if (status >= 500) {
            faults.add(what + " " + abbreviate(answer.asString()));
        } else if (status >= 400 && !String.valueOf(answer.contentType())
                .startsWith(MediaTypes.PROBLEM_JSON)) {
            faults.add(what + " answered " + answer.contentType() + ", not problem+json");
        } else if (status >= 400 && before != null && !before.equals(Database.single(dataSource, FINGERPRINT))) {
            faults.add(what + " changed the database although it was refused");
        }
    }

    /** The fixed hostile values, and three texts of random UTF-16 units: controls and lone surrogates included. */
    private List<String> values() {
        List<String> values = new ArrayList<>(TEXTS);
        for (int i = 0; i < 3; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = 1 + random.nextInt(30); length > 0; length--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            values.add(text.toString());
        }
        return values;
    }

    private static List<String> wholeBodies() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        return List.of("null", "[]", "1", "\"text\"", "{}", "{\"\\u0000\": 1}", deep, "{\"a\": " + deep + "}",
                "{\"type\": \"Feature\"", "\ud800", "{\"type\": \"Feature\"} trailing");
    }

    private static List<JsonNode> hostileNodes() {
        return List.of(NODES.textNode(""), NODES.textNode("a\u0000b"), NODES.textNode("\ud800 half"),
                NODES.textNode("x".repeat(20_000)), NODES.numberNode(-1), NODES.numberNode(
                        new BigInteger("9223372036854775808")), NODES.numberNode(1e308), NODES.numberNode(1.5),
                NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
                NODES.textNode("NOT_A_VALUE"), NODES.numberNode(20261101), NODES.textNode("-999999999-01-01"),
                NODES.textNode("1-2-3-4-5"));
    }

    /** The JSON paths of a body's leaves, as dotted names and [index]es. */
    private static List<String> leaves(JsonNode node, String path) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject() && !node.isEmpty()) {
            node.fields().forEachRemaining(field -> leaves.addAll(leaves(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey())));
        } else if (node.isArray() && !node.isEmpty()) {
            leaves.addAll(leaves(node.get(0), path + "[0]"));
        } else {
            leaves.add(path);
        }
        return leaves;
    }

    /** A copy of the body with the value at the path replaced. */
    private static JsonNode replaced(JsonNode base, String path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy;
        String[] steps = path.replace("[", ".[").split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].startsWith("[") ? parent.get(0) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.isEmpty()) {
            return value;
        }
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(0, value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            JsonNode target = document;
            for (String step : resolved.get("$ref").asText().substring(2).split("/")) {
                target = target.path(step);
            }
            resolved = target;
        }
        return resolved;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("[\\x00-\\x1f]", "?");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    /** A plausible body for a schema: its examples where it gives them, a value of its type elsewhere. */
    private static final class BodyBuilder {

        private final JsonNode document;

        BodyBuilder(JsonNode document) {
            this.document = document;
        }

        JsonNode build(JsonNode schema, int depth) {
            JsonNode resolved = resolve(document, schema);
            if (resolved.has("example")) {
                return resolved.get("example");
            }
            if (resolved.has("allOf")) {
                ObjectNode merged = NODES.objectNode();
                resolved.get("allOf").forEach(part -> {
                    JsonNode built = build(part, depth + 1);
                    if (built.isObject()) {
                        merged.setAll((ObjectNode) built);
                    }
                });
                return merged;
            }
            String type = resolved.path("type").asText("object");
            if (resolved.has("enum")) {
                return resolved.get("enum").get(0);
            }
            return switch (type) {
                case "string" -> NODES.textNode(switch (resolved.path("format").asText()) {
                    case "date" -> "2026-01-01";
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    case "uuid" -> "00000000-0000-4000-8000-0000000000a1";
                    default -> "text";
                });
                case "integer" -> NODES.numberNode(1);
                case "number" -> NODES.numberNode(1.0);
                case "boolean" -> NODES.booleanNode(true);
                case "array" -> NODES.arrayNode().add(build(resolved.path("items"), depth + 1));
                default -> object(resolved, depth);
            };
        }

        private JsonNode object(JsonNode schema, int depth) {
            ObjectNode object = NODES.objectNode();
            if (depth > 5) {
                return object;
            }
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (!resolve(document, property.getValue()).path("readOnly").asBoolean(false)) {
                    object.set(property.getKey(), build(property.getValue(), depth + 1));
                }
            }
            return object;
        }
    }
}
