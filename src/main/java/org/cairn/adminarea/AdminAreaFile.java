package org.cairn.adminarea;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.web.BoundedInputStream;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * A GeoJSON FeatureCollection of areas, kept in a temporary file so that it can be read more
 * than once, one feature at a time: boundary files run to hundreds of megabytes.
 */
final class AdminAreaFile implements AutoCloseable {

    private final Path path;
    private final JsonFactory json;

    private AdminAreaFile(Path path, JsonFactory json) {
        this.path = path;
        this.json = json;
    }

    /**
     * One feature as read: its position in the file, its type, properties and, when asked for, its
     * geometry, with what is wrong with it that PostGIS would let pass.
     */
    record Feature(int index, String type, JsonNode properties, boolean hasGeometry, String geometry,
            String geometryFault) {
    }

    @FunctionalInterface
    interface FeatureHandler {
        void accept(Feature feature) throws Exception;
    }

    static AdminAreaFile spool(InputStream body, long limit, JsonFactory json) {
        try {
            Path path = Files.createTempFile("cairn-admin-areas-", ".geojson");
            try (InputStream in = new BoundedInputStream(body, limit)) {
                Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(path);
                throw e;
            }
            return new AdminAreaFile(path, json);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be stored for reading", e);
        }
    }

    /** Reads every feature in order; the geometry is copied out as GeoJSON text only when asked for. */
    void read(boolean withGeometry, FeatureHandler handler) throws Exception {
        try (JsonParser parser = json.createParser(path.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("The body is not a GeoJSON FeatureCollection: it does not start with a JSON object.");
            }
            String type = null;
            boolean features = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type" -> type = parser.getValueAsString();
                    case "crs" -> checkCrs(parser.readValueAsTree());
                    case "features" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw malformed("The member features of the FeatureCollection is not an array.");
                        }
                        features = true;
                        int index = 0;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            handler.accept(feature(parser, index++, withGeometry));
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (!"FeatureCollection".equals(type) || !features) {
                throw malformed("The body is not a GeoJSON FeatureCollection: it needs \"type\": "
                        + "\"FeatureCollection\" and an array of features.");
            }
        } catch (JsonProcessingException e) {
            throw malformed("The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ").");
        }
    }

    private Feature feature(JsonParser parser, int index, boolean withGeometry) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new Feature(index, null, null, false, null, null);
        }
        String type = null;
        JsonNode properties = null;
        boolean hasGeometry = false;
        String geometry = null;
        String geometryFault = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> type = parser.getValueAsString();
                case "properties" -> properties = value == JsonToken.START_OBJECT ? parser.readValueAsTree() : null;
                case "geometry" -> {
                    hasGeometry = value == JsonToken.START_OBJECT;
                    if (hasGeometry && withGeometry) {
                        StringWriter text = new StringWriter();
                        geometryFault = copy(parser, text);
                        geometry = text.toString();
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new Feature(index, type, properties, hasGeometry, geometry, geometryFault);
    }

    /**
     * Copies the geometry's JSON text as it stands, for PostGIS to read (no object per coordinate),
     * and says what PostGIS would pass over: a coordinate written as text, which it reads as a
     * number, or a geometry's own crs, which Cairn would ignore. Null when there is neither.
     */
    private String copy(JsonParser parser, StringWriter text) throws IOException {
        String fault = null;
        int depth = 0;
        try (JsonGenerator generator = json.createGenerator(text)) {
            do {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.FIELD_NAME && depth == 1 && "crs".equals(parser.currentName())) {
                    fault = "Its geometry names a crs of its own; the file's areas are in WGS 84 longitude and "
                            + "latitude, with no crs but the file's.";
                } else if (token == JsonToken.VALUE_STRING && parser.getParsingContext().inArray() && fault == null) {
                    fault = "Its geometry has a coordinate written as text; coordinates are numbers.";
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                generator.copyCurrentEvent(parser);
            } while (depth > 0 && parser.nextToken() != null);
        }
        return fault;
    }

    private static void checkCrs(JsonNode crs) {
        if (!crs.isNull() && !GeoJsonGeometryReader.namesWgs84(crs)) {
            throw new ProblemException(ProblemType.INVALID_CONTENT, "The file's crs is not WGS 84; Cairn imports "
                    + "areas in WGS 84 longitude/latitude (RFC 7946 GeoJSON). Reproject first, for example with "
                    + "ogr2ogr -t_srs EPSG:4326.");
        }
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("A temporary import file could not be removed", e);
        }
    }
}
