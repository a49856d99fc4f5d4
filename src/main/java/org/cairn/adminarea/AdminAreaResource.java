package org.cairn.adminarea;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.cairn.feature.FeatureAnswers;
import org.cairn.job.Job;
import org.cairn.job.Jobs;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.MediaTypes;
import org.cairn.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The gazetteer of administrative areas, levels 0 (country) to 4, and its imports. The import's
 * path holds a colon, percent-encoded for RESTEasy Reactive as the field reports' batch is.
 */
@Path("/api/v1")
@Tag(name = "Administrative areas", description = "Provinces, districts and their pcodes, which items are placed in.")
public class AdminAreaResource {

    @Inject AdminAreaReader reader;
    @Inject AdminAreaImports imports;
    @Inject Jobs jobs;
    @Inject Caller caller;

    @GET
    @Path("admin-areas")
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_REFERENCE_DATA)
    @Operation(summary = "List administrative areas", description = "A GeoJSON FeatureCollection in pcode order, "
            + "each area with its level, parent and lineage (the pcodes from level 0 down to it).")
    @Parameter(name = "level", in = ParameterIn.QUERY, description = "Levels from 0 to 4, comma-separated.",
            example = "2", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "parent", in = ParameterIn.QUERY, description = "The areas directly under this pcode.",
            example = "ZK01", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "within", in = ParameterIn.QUERY, description = "This area and every area under it, at any "
            + "depth.", example = "ZK01", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text found in the name or the pcode, ignoring case.",
            example = "north", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "bbox", in = ParameterIn.QUERY, description = "minLon,minLat,maxLon,maxLat in WGS 84.",
            example = "32.9,9.3,33.2,9.6", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size, at most 1000.", example = "100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "Opaque; taken from a `next` link.",
            example = "WkswMTAx", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "A page of areas.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "AdminAreaCollection")))
    public Response list(@Context UriInfo uri) {
        AdminAreaQuery query = AdminAreaQuery.parse(uri.getQueryParameters());
        return Response.ok(reader.page(query, FeatureAnswers.pageLinks(uri)), MediaTypes.GEO_JSON).build();
    }

    @GET
    @Path("admin-areas/{pcode}")
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_REFERENCE_DATA)
    @Operation(summary = "Get one administrative area", description = "By its pcode.")
    @APIResponse(responseCode = "200", description = "The area.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "AdminArea")))
    public Response get(@PathParam("pcode") String pcode) {
        return Response.ok(reader.one(pcode).orElseThrow(() -> ProblemException.notFound("administrative area",
                pcode)), MediaTypes.GEO_JSON).build();
    }

    @POST
    @Path("admin-areas%3Aimport")
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.WRITE_REFERENCE_DATA)
    @Operation(summary = "Import administrative areas", description = "A GeoJSON FeatureCollection in WGS 84, such "
            + "as an OCHA common operational dataset of one level: `?level=2` reads ADM2_PCODE, ADM2_EN and "
            + "ADM1_PCODE unless pcodeProperty, nameProperty or parentProperty say otherwise. A file that mixes "
            + "levels names levelProperty, pcodeProperty, nameProperty and parentProperty. New pcodes are added, "
            + "known ones updated; a parent must be one level up, in the file or already in Cairn. The import runs "
            + "as a job: the answer is 202 with the job, to follow at its Location. The job lands whole or not at "
            + "all, and its summary counts imported, updated, unchanged and rejected features with the reason for "
            + "each rejection. After every import a second job places every item again.")
    @Parameter(name = "level", in = ParameterIn.QUERY, description = "The level of every feature, 0 to 4.",
            example = "2", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "4"))
    @Parameter(name = "levelProperty", in = ParameterIn.QUERY, description = "Instead of level: the property "
            + "holding each feature's level.", example = "admin_level", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "pcodeProperty", in = ParameterIn.QUERY, description = "Property holding the pcode; "
            + "ADM{level}_PCODE by default.", example = "ADM2_PCODE", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "nameProperty", in = ParameterIn.QUERY, description = "Property holding the name; "
            + "ADM{level}_EN by default.", example = "ADM2_EN", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "parentProperty", in = ParameterIn.QUERY, description = "Property holding the parent's pcode; "
            + "ADM{level-1}_PCODE by default.", example = "ADM1_PCODE", schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A GeoJSON FeatureCollection.")))
    @APIResponse(responseCode = "202", description = "The import job, queued.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Job.class)))
    public Response importAreas(@Context UriInfo uri, InputStream body) {
        AdminAreaMapping mapping = AdminAreaMapping.of(uri.getQueryParameters());
        UUID id = imports.start(body, mapping, caller.subject());
        Job job = jobs.get(id).orElseThrow();
        URI location = uri.getBaseUriBuilder().path("api/v1/jobs").path(id.toString()).build();
        return Response.accepted(job).location(location).type(MediaType.APPLICATION_JSON).build();
    }
}
