package org.cairn.ogc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.feature.FeatureRow;
import org.cairn.geo.Crs;
import org.cairn.hazard.HazardAreaProperties;
import org.cairn.validation.FieldError;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * OGC API Features Part 4: bodies sent in another CRS (the Content-Crs header) become CRS84 before
 * the same services and checks as /api/v1 see them; and the write operations of the definition.
 */
@ApplicationScoped
class OgcWrites {

    private static final String TO_CRS84 = """
            SELECT ST_AsGeoJSON(ST_Transform(g, 4326), 15) FROM (
                SELECT CASE WHEN ? THEN ST_FlipCoordinates(ST_SetSRID(ST_GeomFromGeoJSON(?), ?))
                            ELSE ST_SetSRID(ST_GeomFromGeoJSON(?), ?) END AS g) x""";

    @Inject AgroalDataSource dataSource;
    @Inject ObjectMapper mapper;
    private Map<String, Boolean> structured;

    @PostConstruct
    void readHazardAreaProperties() {
        structured = structured(mapper);
    }

    /**
     * A feature as GIS clients send back what Cairn served. GDAL and QGIS copy the feature's id into
     * its properties: that copy is taken as the id when the feature has none, dropped when it names
     * the same, and refused when it names another. A GeoPackage keeps lists and objects as JSON
     * text: such text, where Cairn takes a list or an object, is read as the JSON it holds.
     */
    JsonNode asServed(JsonNode feature) {
        JsonNode properties = feature == null ? null : feature.get("properties");
        if (properties == null || !properties.isObject()) {
            return feature;
        }
        // The request's own tree, parsed for this write alone: rewritten in place.
        ObjectNode served = (ObjectNode) feature;
        ObjectNode servedProperties = (ObjectNode) properties;
        if (servedProperties.has("id")) {
            JsonNode copied = servedProperties.remove("id");
            JsonNode id = served.get("id");
            if (id == null || id.isNull()) {
                served.set("id", copied);
            } else if (!id.equals(copied)) {
                throw ProblemException.invalid(List.of(new FieldError("properties.id", "must name the feature's id")));
            }
        }
        structured.forEach((name, list) -> {
            JsonNode value = servedProperties.get(name);
            if (value != null && value.isTextual()) {
                fromText(value.asText(), list).ifPresent(json -> servedProperties.set(name, json));
            }
        });
        return served;
    }

    /**
     * A list or object written as text: its JSON, or for a list the items an export joined with
     * {@link FeatureRow#LIST_SEPARATOR} (none in an empty text).
     */
    private Optional<JsonNode> fromText(String text, boolean list) {
        Optional<JsonNode> json = json(text);
        if (json.isPresent() || !list) {
            return json;
        }
        ArrayNode items = mapper.createArrayNode();
        Arrays.stream(text.split(FeatureRow.LIST_SEPARATOR)).map(String::trim).filter(item -> !item.isEmpty())
                .forEach(items::add);
        return Optional.of(items);
    }

    /** The list or object the text holds; nothing when it holds none (the checks then name the field). */
    private Optional<JsonNode> json(String text) {
        try {
            return Optional.ofNullable(mapper.readTree(text)).filter(JsonNode::isContainerNode);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The properties of a hazard area that hold a list (true) or an object (false), as Jackson reads them. */
    private static Map<String, Boolean> structured(ObjectMapper mapper) {
        JavaType type = mapper.constructType(HazardAreaProperties.class);
        Map<String, Boolean> names = new HashMap<>();
        for (BeanPropertyDefinition property : mapper.getDeserializationConfig().introspect(type).findProperties()) {
            JavaType value = property.getPrimaryType();
            boolean bean = !value.isPrimitive() && !value.isEnumType()
                    && !value.getRawClass().getName().startsWith("java.") && !value.isTypeOrSubTypeOf(JsonNode.class);
            if (value.isContainerType() || bean) {
                names.put(property.getName(), value.isCollectionLikeType() || value.isArrayType());
            }
        }
        return names;
    }

    /** The feature with its geometry in CRS84, longitude first (set in the request's own tree). */
    JsonNode toCrs84(JsonNode feature, String contentCrs) {
        Crs crs = contentCrs == null ? Crs.CRS84 : Crs.of(contentCrs).orElseThrow(() -> new ProblemException(
                ProblemType.INVALID_PARAMETER, "Content-Crs names a CRS Cairn does not support: " + contentCrs));
        JsonNode geometry = feature.get("geometry");
        if (crs.equals(Crs.CRS84) || geometry == null || !geometry.isObject() || !feature.isObject()) {
            return feature;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(TO_CRS84)) {
            String json = geometry.toString();
            statement.setBoolean(1, crs.latitudeFirst());
            statement.setString(2, json);
            statement.setInt(3, crs.srid());
            statement.setString(4, json);
            statement.setInt(5, crs.srid());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                ((ObjectNode) feature).set("geometry", mapper.readTree(row.getString(1)));
                return feature;
            }
        } catch (SQLException e) {
            throw new ProblemException(ProblemType.INVALID_GEOMETRY, "The geometry could not be read in " + crs.uri(),
                    List.of(new FieldError("geometry", "not a GeoJSON geometry in the Content-Crs")));
        } catch (IOException e) {
            throw new IllegalStateException("PostGIS returned unreadable GeoJSON", e);
        }
    }

    /** Adds POST to the items path and PUT, PATCH and DELETE to the item path of the definition. */
    static void document(ObjectNode items, ObjectNode item, ObjectMapper mapper, String collectionId) {
        items.set("post", write(mapper, "Record a feature", "201", "Recorded; Location names it.", true)
                .put("operationId", "createFeature-" + collectionId));
        item.set("put", ofFeature(write(mapper, "Replace a feature", "200", "Replaced.", true), "replaceFeature-",
                collectionId));
        ObjectNode patch = write(mapper, "Change part of a feature (JSON merge patch)", "200", "Changed.", false);
        patch.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/merge-patch+json").putObject("schema").put("type", "object");
        item.set("patch", ofFeature(patch, "patchFeature-", collectionId));
        item.set("delete", ofFeature(write(mapper, "Delete a feature", "204", "Deleted.", false), "deleteFeature-",
                collectionId));
    }

    /** An operation on one feature: its id, and the featureId of its path, which every operation must declare. */
    private static ObjectNode ofFeature(ObjectNode operation, String verb, String collectionId) {
        operation.put("operationId", verb + collectionId);
        ((ArrayNode) operation.get("parameters")).insertObject(0).put("$ref", "#/components/parameters/featureId");
        return operation;
    }

    private static ObjectNode write(ObjectMapper mapper, String summary, String status, String description,
            boolean body) {
        ObjectNode operation = mapper.createObjectNode();
        operation.put("summary", summary);
        ArrayNode parameters = operation.putArray("parameters");
        parameters.addObject().put("name", "Content-Crs").put("in", "header").put("required", false)
                .put("description", "The CRS of the body's coordinates, with or without angle brackets; CRS84 "
                        + "when absent.").putObject("schema").put("type", "string");
        parameters.addObject().put("name", "If-Match").put("in", "header").put("required", false)
                .put("description", "The version the change is based on; optional.")
                .putObject("schema").put("type", "string");
        if (body) {
            operation.putObject("requestBody").put("required", true).putObject("content")
                    .putObject(OgcLinks.GEO_JSON).putObject("schema").put("$ref", "#/components/schemas/featureGeoJSON");
        }
        ObjectNode responses = operation.putObject("responses");
        responses.putObject(status).put("description", description);
        for (String error : new String[] {"400", "401", "403", "404", "409", "412", "415", "422"}) {
            responses.putObject(error).put("description", "Refused; the problem+json body says why.")
                    .putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", "#/components/schemas/problemDetails");
        }
        return operation;
    }
}
