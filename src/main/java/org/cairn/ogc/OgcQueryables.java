package org.cairn.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cairn.feature.FeatureProperty;
import org.cairn.feature.FeatureType;
import org.cairn.feature.ServedCollection;
import org.cairn.ogc.cql2.Queryable;
import org.cairn.ogc.cql2.QueryableType;
import org.cairn.security.FeatureAccess;

/**
 * What a CQL2 filter may name, taken from the properties of the collection's feature type: every
 * plain property, and the geometry. Restricted properties are left out, so that a filter cannot
 * learn what the answer withholds.
 */
final class OgcQueryables {

    static final String GEOMETRY = "geometry";

    private OgcQueryables() {
    }

    /**
     * What the caller may filter by, each property as the caller reads it: a filter never matches
     * on a value withheld from it.
     */
    static Map<String, Queryable> of(FeatureType type, FeatureAccess access) {
        Map<String, Queryable> queryables = new LinkedHashMap<>();
        queryables.put(GEOMETRY, new Queryable(GEOMETRY, type.geometryColumn(), QueryableType.GEOMETRY));
        for (FeatureProperty property : type.properties()) {
            QueryableType queryable = switch (property.kind()) {
                case STRING -> QueryableType.STRING;
                case ID -> QueryableType.ID;
                case INTEGER -> QueryableType.INTEGER;
                case NUMBER -> QueryableType.NUMBER;
                case BOOLEAN -> QueryableType.BOOLEAN;
                case DATE -> QueryableType.DATE;
                case TIMESTAMP -> QueryableType.TIMESTAMP;
                case STRING_ARRAY, JSON -> null;
            };
            if (queryable != null && !type.restrictions().always().contains(property.name())) {
                queryables.put(property.name(), new Queryable(property.name(), type.sql(property, access), queryable));
            }
        }
        return queryables;
    }

    /** The queryables as the JSON Schema (2020-12) that OGC API Features Part 3 serves. */
    static ObjectNode schema(ObjectMapper mapper, ServedCollection collection, String id) {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id);
        schema.put("type", "object");
        schema.put("title", collection.title());
        ObjectNode properties = schema.putObject("properties");
        of(collection.type(false), FeatureAccess.ALL).values().forEach(queryable -> {
            ObjectNode property = properties.putObject(queryable.name());
            property.put("title", queryable.name());
            switch (queryable.type()) {
                case GEOMETRY -> property.put("format", collection.geometryFormat());
                case STRING -> property.put("type", "string");
                case ID -> property.put("type", "string").put("format", "uuid");
                case INTEGER -> property.put("type", "integer");
                case NUMBER -> property.put("type", "number");
                case BOOLEAN -> property.put("type", "boolean");
                case DATE -> property.put("type", "string").put("format", "date");
                case TIMESTAMP -> property.put("type", "string").put("format", "date-time");
            }
        });
        schema.put("additionalProperties", false);
        return schema;
    }
}
