package org.cairn.victim;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.JsonResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assistance records by id. Other roles than victim assistance and admin see none of it. */
@Path("/api/v1/assistance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim assistance", description = "Needs and services, for victim assistance officers only.")
public class AssistanceResource {

    @Inject AssistanceService service;
    @Inject JsonBodies bodies;

    @GET
    @Path("{id}")
    @Requires(Access.ASSISTANCE)
    @Operation(summary = "Get one assistance record")
    @APIResponse(responseCode = "200", description = "The record.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssistanceData.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AssistanceData record = service.get(id);
        return JsonResponses.item(record, record.version, ifNoneMatch);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.ASSISTANCE)
    @Operation(summary = "Replace an assistance record")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssistanceData.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssistanceData.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        AssistanceData record = service.replace(id, ifMatch, bodies.readTree(body));
        return JsonResponses.changed(record, record.version);
    }

    @DELETE
    @Path("{id}")
    @Requires(Access.ASSISTANCE)
    @Operation(summary = "Delete an assistance record", description = "Kept for its history.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
