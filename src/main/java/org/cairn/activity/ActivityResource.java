package org.cairn.activity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.UUID;
import org.cairn.audit.HistoryReader;
import org.cairn.feature.FeatureAnswers;
import org.cairn.feature.Written;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.MediaTypes;
import org.cairn.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for activities; the rules live in the service. */
@Path("/api/v1/activities")
@Tag(name = "Activities", description = "Survey and clearance tasks on hazard areas.")
public class ActivityResource {

    @Inject ActivityService service;
    @Inject FeatureAnswers answers;
    @Inject HistoryReader history;
    @Inject JsonBodies bodies;
    @Inject Caller caller;

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACTIVITIES)
    @Operation(summary = "List activities", description = "A GeoJSON FeatureCollection of worksites (geometry null "
            + "where none was drawn), streamed, paged with `next` links; unknown parameters are refused with 400.")
    @APIResponse(responseCode = "200", description = "A page of activities.",
            content = @Content(mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "ActivityFeatureCollection")))
    public Response list(@Context UriInfo uri) {
        return answers.list(ActivityFeatures.TYPE, uri);
    }

    @GET
    @Path("{id}")
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACTIVITIES)
    @Operation(summary = "Get one activity", description = "With an ETag; If-None-Match gives 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The activity.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = ActivityFeature.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.item(ActivityFeatures.TYPE, id, ifNoneMatch);
    }

    @POST
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_ACTIVITIES)
    @Operation(summary = "Record an activity", description = "Operators record their own organisation's activities. "
            + "A client may send its own UUID as `id`; the same request again returns the stored item (200). The "
            + "answer carries `warnings`, such as an implementing organisation not accredited for the type.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = ActivityFeature.class)))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = ActivityFeature.class)))
    @APIResponse(responseCode = "200", description = "The same request was received before; the stored item.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = ActivityFeature.class)))
    public Response create(InputStream body, @Context UriInfo uri) {
        Written written = service.create(bodies.readTree(body));
        return answers.written(ActivityFeatures.TYPE, written, uri);
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_ACTIVITIES)
    @Operation(summary = "Replace an activity", description = "A status move the life of an activity does not "
            + "allow is refused with 409 naming the allowed ones; a missing status keeps the current one.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = ActivityFeature.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = ActivityFeature.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body, @Context UriInfo uri) {
        Written written = service.replace(id, ifMatch, bodies.readTree(body));
        return answers.written(ActivityFeatures.TYPE, written, uri);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_ACTIVITIES)
    @Operation(summary = "Change part of an activity", description = "A JSON merge patch (RFC 7396) of the "
            + "feature, for example `{\"properties\": {\"status\": \"IN_PROGRESS\"}}`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Changed.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = ActivityFeature.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body, @Context UriInfo uri) {
        Written written = service.patch(id, ifMatch, bodies.readTree(body));
        return answers.written(ActivityFeatures.TYPE, written, uri);
    }

    @DELETE
    @Path("{id}")
    @Requires(Access.WRITE_ACTIVITIES)
    @Operation(summary = "Delete an activity", description = "Refused while it has land release that is not void; "
            + "the record stays for its history.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.READ_HISTORY)
    @Operation(summary = "History of an activity", description = "Every version, oldest first, with who changed "
            + "what and the worksite at that version.")
    @APIResponse(responseCode = "200", description = "The versions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "History")))
    public JsonNode history(@PathParam("id") UUID id) {
        return history.history(ActivityHistory.TYPE, id, caller.featureAccess())
                .orElseThrow(() -> ProblemException.notFound("activity", id));
    }

}
