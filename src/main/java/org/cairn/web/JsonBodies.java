package org.cairn.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cairn.config.CairnConfig;
import org.cairn.validation.FieldError;

/**
 * Reads request bodies: bounded in size, strictly parsed, and every parse failure named with the
 * field it concerns. Malformed JSON, unknown properties and wrong JSON types are 400; values of the
 * right type that the domain refuses (an unknown enum constant, a date that is no date) are 422.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper mapper;
    private final long maxBodySize;
    private final Event<BodyRead> bodyRead;

    public JsonBodies(ObjectMapper mapper, CairnConfig config, Event<BodyRead> bodyRead) {
        this.mapper = mapper;
        this.maxBodySize = config.limits().maxBodySize().asLongValue();
        this.bodyRead = bodyRead;
    }

    public JsonNode readTree(InputStream body) {
        try (InputStream bounded = new BoundedInputStream(body, maxBodySize)) {
            JsonNode tree = mapper.readTree(bounded);
            if (tree == null || tree.isMissingNode()) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is empty.");
            }
            if (tree.isNull()) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is null; send an object.");
            }
            List<FieldError> faults = new ArrayList<>();
            TextCheck.of(tree, "", faults);
            if (!faults.isEmpty()) {
                throw ProblemException.invalid(faults);
            }
            // Every POST body passes here before its write: a repeated Idempotency-Key stops it now.
            bodyRead.fire(new BodyRead(tree));
            return tree;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON that Cairn itself wrote. */
    public JsonNode parse(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object the tree holds; anything but a JSON object (null, a list, a number) is refused. */
    public <T> T convert(JsonNode tree, Class<T> type) {
        if (tree == null || !tree.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body must be a JSON object.");
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    public long maxBodySize() {
        return maxBodySize;
    }

    /**
     * The refusal of a body Jackson could not read, naming the field and the rule: never the value
     * sent (a field report keeps its items' refusals, which others read) nor a Java type.
     */
    static ProblemException malformed(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "Unknown property " + field + ".",
                    List.of(new FieldError(field, "unknown property")));
        }
        if (e instanceof RefusedValue refused) {
            return ProblemException.invalid(List.of(new FieldError(path(refused), refused.getOriginalMessage())));
        }
        // A text of the right JSON type that names no constant, date or UUID: invalid content.
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String) {
            String field = path(invalid);
            Class<?> target = invalid.getTargetType();
            String reason = target != null && target.isEnum() ? "unknown value; expected one of " + constants(target)
                    : "not a valid " + typeName(target);
            return ProblemException.invalid(List.of(new FieldError(field, reason)));
        }
        if (e instanceof MismatchedInputException empty && !empty.getPath().isEmpty()
                && String.valueOf(empty.getOriginalMessage()).contains("empty String")) {
            return ProblemException.invalid(List.of(new FieldError(path(empty), "is empty; give a value or leave "
                    + "the member out")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String reason = "wrong type" + (mapping instanceof MismatchedInputException mismatch
                    && mismatch.getTargetType() != null ? ": expected " + jsonType(mismatch.getTargetType()) : "");
            return new ProblemException(ProblemType.MALFORMED_REQUEST, field + ": " + reason,
                    List.of(new FieldError(field, reason)));
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String rule = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? ": a member is named twice in one object" : "";
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not well-formed JSON" + where + rule
                + ".");
    }

    /** The JSON path of the failing value, for example {@code properties.surveyPoints[2].type}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(Names.shown(step.getFieldName()));
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String typeName(Class<?> target) {
        if (target == null) {
            return "value";
        }
        return switch (target.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "LocalTime" -> "time (HH:MM)";
            case "Instant", "OffsetDateTime" -> "RFC 3339 date-time";
            case "UUID" -> "UUID";
            default -> "value";
        };
    }

    /** What JSON a field of this Java type takes, in JSON's words. */
    private static String jsonType(Class<?> target) {
        if (target.isEnum() || CharSequence.class.isAssignableFrom(target) || target == UUID.class
                || Temporal.class.isAssignableFrom(target)) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }
}
