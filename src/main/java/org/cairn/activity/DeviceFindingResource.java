package org.cairn.activity;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.cairn.feature.FeatureAnswers;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.MediaTypes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Device findings by id: read, correct, delete. */
@Path("/api/v1/device-findings")
@Tag(name = "Device findings", description = "Explosive ordnance found, and what became of it.")
public class DeviceFindingResource {

    @Inject DeviceFindingService service;
    @Inject FeatureAnswers answers;
    @Inject JsonBodies bodies;

    @GET
    @Path("{id}")
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACTIVITIES)
    @Operation(summary = "Get one device finding", description = "With an ETag.")
    @APIResponse(responseCode = "200", description = "The finding.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = DeviceFindingFeature.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.item(DeviceFindingFeatures.TYPE, id, ifNoneMatch);
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_ACTIVITIES)
    @Operation(summary = "Correct a device finding", description = "Replaces everything a client may write; the "
            + "finding stays with its activity or hazard area.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = DeviceFindingFeature.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = DeviceFindingFeature.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body, @Context UriInfo uri) {
        return answers.written(DeviceFindingFeatures.TYPE, service.replace(id, ifMatch, bodies.readTree(body)), uri);
    }

    @DELETE
    @Path("{id}")
    @Requires(Access.WRITE_ACTIVITIES)
    @Operation(summary = "Delete a device finding", description = "It no longer counts; the record stays for history.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
