package org.cairn.web;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * States {@link Dates}' rule in the API document, once for every date and date-time it describes:
 * a pattern of four-digit years from 1900 to 2099, and the span in words, so that a generated
 * client refuses what Cairn would.
 */
public final class DateDocumentation {

    static final String DATE_PATTERN = "^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$";
    static final String DATE_TIME_PATTERN = "^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}[Tt].*";

    private DateDocumentation() {
    }

    public static void document(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> document(schema, seen));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> {
                for (Operation operation : path.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        for (Parameter parameter : operation.getParameters()) {
                            document(parameter.getSchema(), seen);
                        }
                    }
                }
            });
        }
    }

    private static void document(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if ("date".equals(schema.getFormat()) && schema.getPattern() == null) {
            schema.setPattern(DATE_PATTERN);
            schema.setDescription(sentence(schema.getDescription(), "A day from " + Dates.EARLIEST + " to "
                    + Dates.LATEST + ", as YYYY-MM-DD."));
        } else if ("date-time".equals(schema.getFormat()) && schema.getPattern() == null && !readOnly(schema)) {
            schema.setPattern(DATE_TIME_PATTERN);
            schema.setDescription(sentence(schema.getDescription(), "An RFC 3339 date-time with offset, from "
                    + Dates.EARLIEST + " to " + Dates.LATEST + "."));
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                document(property.getValue(), seen);
            }
        }
        document(schema.getItems(), seen);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> document(part, seen));
        }
    }

    private static boolean readOnly(Schema schema) {
        return Boolean.TRUE.equals(schema.getReadOnly());
    }

    private static String sentence(String description, String rule) {
        return description == null || description.isBlank() ? rule : description + " " + rule;
    }
}
