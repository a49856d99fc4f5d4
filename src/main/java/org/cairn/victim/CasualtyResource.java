package org.cairn.victim;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.audit.AuditedType;
import org.cairn.audit.HistoryReader;
import org.cairn.feature.Restrictions;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.JsonResponses;
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

/** Casualties of accidents: never a name, and for most callers neither exact age nor injuries. */
@Path("/api/v1/casualties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Casualties", description = "Victims of accidents, without direct identifiers.")
public class CasualtyResource {

    private static final AuditedType HISTORY = new AuditedType("casualty_aud", "reporting_organisation_id", null, null,
            Map.of(), Set.of("version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at",
                    "deleted_by"), Restrictions.NONE);

    @Inject CasualtyService service;
    @Inject HistoryReader history;
    @Inject JsonBodies bodies;
    @Inject Caller caller;

    @GET
    @Requires(Access.READ_CASUALTIES)
    @Operation(summary = "List casualties", description = "The casualties the caller may see, by the consent each "
            + "gave, oldest change first, paged with a `next` link.")
    @Parameter(name = "accidentId", in = ParameterIn.QUERY, description = "Casualties of this accident.",
            example = "3c9d1e7a-0b5f-4c2d-9e8f-1a2b3c4d5e6f", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "outcome", in = ParameterIn.QUERY, description = "Comma-separated outcomes.",
            example = "KILLED,INJURED", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sex", in = ParameterIn.QUERY, description = "Comma-separated.", example = "FEMALE",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ageGroup", in = ParameterIn.QUERY, description = "CHILD, ADULT or UNKNOWN.", example = "CHILD",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Comma-separated.", example = "CIVILIAN",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "updatedSince", in = ParameterIn.QUERY, description = "Changed at or after this RFC 3339 "
            + "instant.", example = "2026-11-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size; larger values are lowered to the "
            + "maximum.", example = "100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "10000", defaultValue = "100"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "Opaque; taken from a `next` link.",
            example = "YzEKdXBkYXRlZEF0CjIwMjYtMTEtMjhUMDk6MzA6MDBaCjViMGY3YThlLTZjM2QtNGI4YS05YTUxLTBjMWYzZTJkNGExMA",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "A page of casualties under `items`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CasualtyPage")))
    public Map<String, Object> list(@Context UriInfo uri) {
        CasualtyFilter filter = CasualtyFilter.parse(uri.getQueryParameters());
        CasualtyService.Page page = service.list(filter);
        return JsonResponses.page(page.items(), page.next(), uri);
    }

    @GET
    @Path("{id}")
    @Requires(Access.READ_CASUALTIES)
    @Operation(summary = "Get one casualty", description = "404 for a casualty the caller may not see.")
    @APIResponse(responseCode = "200", description = "The casualty.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasualtyData.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CasualtyData casualty = service.get(id);
        return JsonResponses.item(casualty, casualty.version, ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.WRITE_VICTIM_DATA)
    @Operation(summary = "Record a casualty", description = "Of an accident the caller may see. A client may send "
            + "its own UUID as `id`; the same request again returns the stored item (200).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CasualtyData.class)))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasualtyData.class)))
    @APIResponse(responseCode = "200", description = "The same request was received before; the stored item.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CasualtyData.class)))
    public Response create(InputStream body, @Context UriInfo uri) {
        CasualtyService.Written written = service.create(bodies.readTree(body));
        CasualtyData casualty = written.casualty();
        return written.created() ? JsonResponses.created(casualty, casualty.id, casualty.version, uri)
                : JsonResponses.changed(casualty, casualty.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.WRITE_VICTIM_DATA)
    @Operation(summary = "Replace a casualty", description = "Fields withheld from the caller stay as stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CasualtyData.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasualtyData.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        CasualtyData casualty = service.replace(id, ifMatch, bodies.readTree(body)).casualty();
        return JsonResponses.changed(casualty, casualty.version);
    }

    @DELETE
    @Path("{id}")
    @Requires(Access.WRITE_VICTIM_DATA)
    @Operation(summary = "Delete a casualty", description = "Kept for its history.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Requires(Access.READ_SENSITIVE_HISTORY)
    @Operation(summary = "History of a casualty", description = "For victim assistance officers and administrators.")
    @APIResponse(responseCode = "200", description = "The versions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "History")))
    public JsonNode history(@PathParam("id") UUID id) {
        return history.history(HISTORY, id, caller.featureAccess())
                .orElseThrow(() -> ProblemException.notFound("casualty", id));
    }
}
