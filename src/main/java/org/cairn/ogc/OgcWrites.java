package org.cairn.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.cairn.geo.Crs;
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

    /** The feature with its geometry in CRS84, longitude first. */
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
                ObjectNode converted = ((ObjectNode) feature).deepCopy();
                converted.set("geometry", mapper.readTree(row.getString(1)));
                return converted;
            }
        } catch (SQLException e) {
            throw new ProblemException(ProblemType.INVALID_GEOMETRY, "The geometry could not be read in " + crs.uri(),
                    List.of(new FieldError("geometry", "not a GeoJSON geometry in the Content-Crs")));
        } catch (IOException e) {
            throw new IllegalStateException("PostGIS returned unreadable GeoJSON", e);
        }
    }

    /** Adds POST to the items path and PUT, PATCH and DELETE to the item path of the definition. */
    static void document(ObjectNode items, ObjectNode item, ObjectMapper mapper) {
        items.set("post", write(mapper, "Record a feature", "201", "Recorded; Location names it.", true));
        item.set("put", write(mapper, "Replace a feature", "200", "Replaced.", true));
        ObjectNode patch = write(mapper, "Change part of a feature (JSON merge patch)", "200", "Changed.", false);
        patch.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/merge-patch+json").putObject("schema").put("type", "object");
        item.set("patch", patch);
        item.set("delete", write(mapper, "Delete a feature", "204", "Deleted.", false));
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
                    .put("$ref", "#/components/schemas/exception");
        }
        return operation;
    }
}
