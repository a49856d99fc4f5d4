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
import org.cairn.web.Preconditions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A casualty's personal data: for victim assistance officers and administrators, and nowhere else. */
@Path("/api/v1/casualties/{casualtyId}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Who a casualty is; encrypted at rest, served on this path only.")
public class PersonalDataResource {

    @Inject PersonalDataService service;
    @Inject JsonBodies bodies;

    @GET
    @Requires(Access.PERSONAL_DATA)
    @Operation(summary = "Get a casualty's personal data")
    @APIResponse(responseCode = "200", description = "The personal data.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalData.class)))
    public Response get(@PathParam("casualtyId") UUID casualtyId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PersonalData data = service.get(casualtyId);
        return JsonResponses.item(data, data.version, ifNoneMatch);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.PERSONAL_DATA)
    @Operation(summary = "Record or replace a casualty's personal data",
            description = "201 when recorded for the first time, 200 when replaced; If-Match is honoured.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PersonalData.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalData.class)))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalData.class)))
    public Response put(@PathParam("casualtyId") UUID casualtyId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        boolean created = service.put(casualtyId, ifMatch, bodies.readTree(body));
        PersonalData data = service.get(casualtyId);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(data)
                .header(HttpHeaders.ETAG, Preconditions.etag(data.version)).build();
    }

    @DELETE
    @Requires(Access.PERSONAL_DATA)
    @Operation(summary = "Erase a casualty's personal data", description = "For a survivor who withdraws; the "
            + "casualty record stays, without identity. Final: the person's data key is destroyed with the data, so "
            + "no copy of it, in history or in a backup, opens again. A deleted casualty's personal data can be "
            + "erased too.")
    @APIResponse(responseCode = "204", description = "Erased.")
    public Response delete(@PathParam("casualtyId") UUID casualtyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.erase(casualtyId, ifMatch);
        return Response.noContent().build();
    }
}
