package org.cairn.quality;

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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.audit.AuditedType;
import org.cairn.audit.HistoryReader;
import org.cairn.feature.FeatureAnswers;
import org.cairn.feature.Restrictions;
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

/** HTTP for post-clearance inspections. */
@Path("/api/v1/post-clearance-inspections")
@Tag(name = "Quality management")
public class PostClearanceInspectionResource {

    private static final AuditedType HISTORY = new AuditedType("post_clearance_inspection_aud",
            "reporting_organisation_id",
            null, null, Map.of("inspection_date", "date"),
            Set.of("version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by"),
            Restrictions.NONE);

    @Inject PostClearanceInspectionService service;
    @Inject FeatureAnswers answers;
    @Inject HistoryReader history;
    @Inject JsonBodies bodies;
    @Inject Caller caller;

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_QUALITY)
    @Operation(summary = "List post-clearance inspections", description = "A GeoJSON FeatureCollection, each "
            + "inspection drawn as the land release it sampled.")
    @APIResponse(responseCode = "200", description = "A page of inspections.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "PostClearanceInspectionFeatureCollection")))
    public Response list(@Context UriInfo uri) {
        return answers.list(PostClearanceInspectionFeatures.TYPE, uri);
    }

    @GET
    @Path("{id}")
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_QUALITY)
    @Operation(summary = "Get one post-clearance inspection")
    @APIResponse(responseCode = "200", description = "The inspection.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = PostClearanceInspectionFeature.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.item(PostClearanceInspectionFeatures.TYPE, id, ifNoneMatch);
    }

    @POST
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_QUALITY)
    @Operation(summary = "Record a post-clearance inspection", description = "A FAIL reopens the land as a "
            + "hazard area, named in `reopenedHazardAreaId`, whose status reason and comment say why. A "
            + "client may send its own UUID as `id`; the same request again returns the stored item (200).")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = PostClearanceInspectionFeature.class)))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = PostClearanceInspectionFeature.class)))
    @APIResponse(responseCode = "200", description = "The same request was received before; the stored item.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = PostClearanceInspectionFeature.class)))
    public Response create(InputStream body, @Context UriInfo uri) {
        return answers.written(PostClearanceInspectionFeatures.TYPE, service.create(bodies.readTree(body)), uri);
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_QUALITY)
    @Operation(summary = "Replace a post-clearance inspection")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = PostClearanceInspectionFeature.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = PostClearanceInspectionFeature.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body, @Context UriInfo uri) {
        return answers.written(PostClearanceInspectionFeatures.TYPE, service.replace(id, ifMatch,
                bodies.readTree(body)), uri);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_QUALITY)
    @Operation(summary = "Change part of a post-clearance inspection", description = "A JSON merge patch (RFC 7396) "
            + "of the feature. A failed inspection keeps its result and land release.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Changed.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = PostClearanceInspectionFeature.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body, @Context UriInfo uri) {
        return answers.written(PostClearanceInspectionFeatures.TYPE, service.patch(id, ifMatch,
                bodies.readTree(body)), uri);
    }

    @DELETE
    @Path("{id}")
    @Requires(Access.WRITE_QUALITY)
    @Operation(summary = "Delete a post-clearance inspection", description = "Refused for a failed inspection, "
            + "which reopened land; kept for its history.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.READ_QUALITY)
    @Operation(summary = "History of a post-clearance inspection")
    @APIResponse(responseCode = "200", description = "The versions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "History")))
    public JsonNode history(@PathParam("id") UUID id) {
        return history.history(HISTORY, id, caller.featureAccess())
                .orElseThrow(() -> ProblemException.notFound("post-clearance inspection", id));
    }
}
