package org.cairn.victim;

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
import java.util.List;
import java.util.Map;
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

/** The needs and services of one casualty. */
@Path("/api/v1/casualties/{casualtyId}/assistance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Victim assistance")
public class CasualtyAssistanceResource {

    @Inject AssistanceService service;
    @Inject JsonBodies bodies;

    @GET
    @Requires(Access.ASSISTANCE)
    @Operation(summary = "Assistance of a casualty", description = "Its needs and services, oldest first, under "
            + "`items`.")
    @APIResponse(responseCode = "200", description = "The records.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssistanceList")))
    public Map<String, List<AssistanceData>> list(@PathParam("casualtyId") UUID casualtyId) {
        return Map.of("items", service.of(casualtyId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.ASSISTANCE)
    @Operation(summary = "Record a need or service")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssistanceData.class)))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssistanceData.class)))
    @APIResponse(responseCode = "200", description = "The same request was received before; the stored record.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssistanceData.class)))
    public Response create(@PathParam("casualtyId") UUID casualtyId, InputStream body, @Context UriInfo uri) {
        AssistanceService.Written written = service.create(casualtyId, bodies.readTree(body));
        AssistanceData record = written.assistance();
        return written.created()
                ? JsonResponses.created(record, record.id, record.version,
                        uri.getBaseUriBuilder().path("api/v1/assistance").build())
                : JsonResponses.changed(record, record.version);
    }
}
