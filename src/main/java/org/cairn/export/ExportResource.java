package org.cairn.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cairn.feature.Catalogue;
import org.cairn.feature.FeatureEndpoint;
import org.cairn.feature.FeatureListParameters;
import org.cairn.feature.FeatureProperty;
import org.cairn.feature.FeatureQuery;
import org.cairn.feature.FeatureStore;
import org.cairn.feature.FeatureType;
import org.cairn.feature.ServedCollection;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/exports")
@Tag(name = "Exports")
public class ExportResource {

    @Inject Catalogue collections;
    @Inject FeatureStore features;
    @Inject ObjectMapper mapper;
    @Inject Caller caller;

    @GET
    @Path("{collection}")
    @Produces({"application/geo+json", "text/csv", "application/vnd.google-earth.kml+xml",
        "application/geopackage+sqlite3"})
    @Requires(Access.READ_METADATA)
    @Operation(summary = "Export a collection", description = "Every feature the list filters of the collection "
            + "select (as for its /api/v1 list, without paging), streamed, so that exports of any size hold little "
            + "in memory. Fields follow the caller's role as in every answer: restricted ones are empty, accidents "
            + "generalised without the sensitive-data permission.")
    @Parameter(name = "collection", in = ParameterIn.PATH, required = true, description = "Any collection "
            + "of /ogc/collections the caller may read: hazard-areas, land-release, activities, device-findings, "
            + "survey-points, accidents, eore-sessions, eore-campaigns, monitoring-visits, post-clearance-inspections.",
            example = "hazard-areas",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "geojson (default), csv (geometry as WKT) or "
            + "kml (styled by classification) or gpkg (GeoPackage).", example = "csv",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"geojson", "csv", "kml", "gpkg"}))
    @Parameter(name = "precision", in = ParameterIn.QUERY, description = FeatureListParameters.PRECISION
            + " Only the text formats: GeoPackage geometries are binary doubles.", example = "15",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "15", defaultValue = "7"))
    @Parameter(name = "bom", in = ParameterIn.QUERY, description = "For csv: `true` starts the file with a UTF-8 "
            + "byte order mark, which spreadsheet programs need to read accents right.", example = "true",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @APIResponse(responseCode = "200", description = "The file, as an attachment.", content = {
        @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "application/vnd.google-earth.kml+xml", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "application/geopackage+sqlite3",
                schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("collection") String collectionId, @Context UriInfo uri) {
        ServedCollection collection = collections.find(collectionId, caller);
        FeatureType type = collection.type(caller.hasSensitiveDataPermission());
        QueryParameters parameters = FeatureEndpoint.EXPORT.read(type, uri.getQueryParameters());
        ExportFormat format = ExportFormat.of(parameters.single("format").orElse("geojson"));
        boolean bom = parameters.flag("bom");
        FeatureQuery query = FeatureQuery.of(type, parameters);
        FeatureStore.Rows rows = features.export(type, query, caller.featureAccess(), format.geometry);
        return Response.ok(stream(format, bom, collection, type, rows), format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + collectionId + "."
                        + format.extension + "\"")
                .build();
    }

    private StreamingOutput stream(ExportFormat format, boolean bom, ServedCollection collection, FeatureType type,
            FeatureStore.Rows rows) {
        return output -> {
            switch (format) {
                case GEOJSON -> {
                    try (JsonGenerator json = mapper.getFactory().createGenerator(output, JsonEncoding.UTF8)) {
                        json.writeStartObject();
                        json.writeStringField("type", "FeatureCollection");
                        json.writeArrayFieldStart("features");
                        rows.forEach(row -> row.writeGeoJson(json));
                        json.writeEndArray();
                        json.writeEndObject();
                    }
                }
                case CSV -> {
                    try (Writer writer = writer(output)) {
                        CsvExport csv = new CsvExport(writer, bom, type.properties());
                        rows.forEach(csv::write);
                    }
                }
                case KML -> {
                    try (Writer writer = writer(output)) {
                        KmlExport kml = new KmlExport(writer, collection.title(), index(type, "classification"),
                                index(type, "localId"));
                        rows.forEach(kml::write);
                        kml.finish();
                    }
                }
                case GPKG -> GeoPackageExport.write(collection.id(), collection.geometryFormat(), type, rows, output);
            }
        };
    }

    private static Writer writer(OutputStream output) {
        return new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
    }

    private static int index(FeatureType type, String name) {
        List<FeatureProperty> properties = type.properties();
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
