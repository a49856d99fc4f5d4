package org.cairn.activity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** Land release records by id, and voiding them. */
@Path("/api/v1/land-release")
@Tag(name = "Land release", description = "Land released from hazard areas by survey and clearance.")
public class LandReleaseResource {

    @Inject LandReleaseService service;
    @Inject FeatureAnswers answers;
    @Inject JsonBodies bodies;

    @GET
    @Path("{id}")
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACTIVITIES)
    @Operation(summary = "Get one land release record", description = "With an ETag.")
    @APIResponse(responseCode = "200", description = "The record.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = LandReleaseFeature.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.item(LandReleaseFeatures.TYPE, id, ifNoneMatch);
    }

    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.VOID_LAND_RELEASE)
    @Operation(summary = "Void a land release record", description = "For data managers: the record is kept, "
            + "marked void with the reason, and no longer counts; the hazard area's remaining area and status "
            + "are made again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VoidRequest.class)))
    @APIResponse(responseCode = "200", description = "Void.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = LandReleaseFeature.class)))
    public Response voidRelease(@PathParam("id") UUID id, InputStream body) {
        JsonNode request = bodies.readTree(body);
        service.voidRelease(id, bodies.convert(request, VoidRequest.class).reason);
        return answers.item(LandReleaseFeatures.TYPE, id, null);
    }
}
