package org.cairn.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.feature.Catalogue;
import org.cairn.feature.FeatureEndpoint;
import org.cairn.feature.FeatureFilter;
import org.cairn.feature.FeatureType;
import org.cairn.feature.ServedCollection;

/**
 * The OpenAPI 3.0 definition of /ogc. Its fixed part (schemas, shared parameters, responses) is a
 * resource; the paths of each collection are written from the feature type that serves it, so
 * that every parameter an items request accepts is declared, and nothing else. Self-contained:
 * clients that validate never need the internet.
 */
@ApplicationScoped
public class OgcApiDefinition {

    private final ObjectMapper mapper;
    private final Catalogue collections;
    private final ObjectNode template;

    OgcApiDefinition(ObjectMapper mapper, Catalogue collections) {
        this.mapper = mapper;
        this.collections = collections;
        this.template = read(mapper);
    }

    /** The definition, with its server at the given base URL of /ogc. */
    public ObjectNode document(String base) {
        ObjectNode document = template.deepCopy();
        document.putArray("servers").addObject().put("url", base);
        ObjectNode paths = (ObjectNode) document.get("paths");
        for (ServedCollection collection : collections.all()) {
            String path = "/collections/" + collection.id();
            FeatureType type = collection.type(false);
            paths.set(path, get(collection.title(), "describeCollection-" + collection.id(),
                    response("The collection.", "application/json", "collectionInfo"), List.of("f")));
            ObjectNode items = get("Features of " + collection.title(), "getFeatures-" + collection.id(),
                    response("A page of features.", OgcLinks.GEO_JSON, "featureCollectionGeoJSON"),
                    FeatureEndpoint.OGC_ITEMS.parameters());
            queryableParameters(type, (ArrayNode) items.get("get").get("parameters"));
            ObjectNode item = get("A feature of " + collection.title(), "getFeature-" + collection.id(),
                    response("The feature.", OgcLinks.GEO_JSON, "featureGeoJSON"), List.of("featureId", "crs", "f"));
            ((ObjectNode) item.get("get").get("responses")).set("404", ref("responses", "NotFound"));
            if (collection.writable()) {
                OgcWrites.document(items, item, mapper, collection.id());
            }
            paths.set(path + "/items", items);
            paths.set(path + "/items/{featureId}", item);
            paths.set(path + "/queryables", get("Queryables of " + collection.title(), "getQueryables-"
                    + collection.id(), response("A JSON Schema of the queryables.", OgcLinks.SCHEMA, "queryables"),
                    List.of()));
            paths.set(path + "/tiles", get("Vector tilesets of " + collection.title(), "getTileSetsList-"
                    + collection.id(), response("The tilesets.", "application/json", "tileSets"), List.of()));
            paths.set(path + "/tiles/{tileMatrixSetId}", get("Vector tileset of " + collection.title(),
                    "getTileSet-" + collection.id(), response("The tileset.", "application/json", "tileSet"),
                    List.of("tileMatrixSetId")));
            List<String> tileParameters = new ArrayList<>(List.of("tileMatrixSetId", "tileMatrix", "tileRow",
                    "tileCol"));
            tileParameters.addAll(FeatureEndpoint.OGC_TILE.parameters());
            ObjectNode tile = get("A vector tile of " + collection.title(), "getTile-" + collection.id(),
                    response("A Mapbox vector tile of the features the filters select; 204 when empty.",
                            OgcLinks.MVT, null), tileParameters);
            queryableParameters(type, (ArrayNode) tile.get("get").get("parameters"));
            paths.set(path + "/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}", tile);
        }
        return document;
    }

    private void queryableParameters(FeatureType type, ArrayNode parameters) {
        for (Map.Entry<String, FeatureFilter> filter : type.filters().entrySet()) {
            ObjectNode parameter = parameters.addObject();
            parameter.put("name", filter.getKey());
            parameter.put("in", "query");
            parameter.put("description", "Only features whose " + filter.getKey() + " is "
                    + filter.getValue().describe() + ".");
            parameter.put("required", false);
            parameter.put("style", "form");
            parameter.put("explode", false);
            parameter.putObject("schema").put("type", "string");
            parameter.put("example", filter.getValue().example());
        }
    }

    private ObjectNode get(String summary, String operationId, ObjectNode ok, List<String> parameters) {
        ObjectNode path = mapper.createObjectNode();
        ObjectNode get = path.putObject("get");
        get.put("summary", summary);
        get.put("operationId", operationId);
        ArrayNode refs = get.putArray("parameters");
        parameters.forEach(name -> refs.add(ref("parameters", name)));
        ObjectNode responses = get.putObject("responses");
        responses.set("200", ok);
        responses.set("400", ref("responses", "InvalidParameter"));
        responses.set("401", ref("responses", "Unauthorized"));
        responses.set("404", ref("responses", "NotFound"));
        responses.set("500", ref("responses", "ServerError"));
        return path;
    }

    ObjectNode response(String description, String mediaType, String schema) {
        ObjectNode response = mapper.createObjectNode();
        response.put("description", description);
        ObjectNode media = response.putObject("content").putObject(mediaType);
        if (schema == null) {
            media.putObject("schema").put("type", "string").put("format", "binary");
        } else {
            media.set("schema", ref("schemas", schema));
        }
        return response;
    }

    private ObjectNode ref(String kind, String name) {
        return mapper.createObjectNode().put("$ref", "#/components/" + kind + "/" + name);
    }

    private static ObjectNode read(ObjectMapper mapper) {
        try (InputStream in = OgcApiDefinition.class.getResourceAsStream("/ogc/openapi-template.json")) {
            JsonNode template = mapper.readTree(in);
            return (ObjectNode) template;
        } catch (IOException e) {
            throw new UncheckedIOException("The OGC API definition template is missing from the build", e);
        }
    }
}
