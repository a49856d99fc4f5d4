package org.cairn.hazard;

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

/** HTTP for hazard areas: parses, picks status codes and headers; the rules live in the service. */
@Path("/api/v1/hazard-areas")
@Tag(name = "Hazard areas", description = "Areas contaminated, or suspected to be, by explosive ordnance.")
public class HazardAreaResource {

    @Inject HazardAreaService service;
    @Inject FeatureAnswers answers;
    @Inject HistoryReader history;
    @Inject JsonBodies bodies;
    @Inject Caller caller;

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_HAZARD_AREAS)
    @Operation(summary = "List hazard areas",
            description = "A GeoJSON FeatureCollection, streamed, in a stable order. Follow the `next` link to page "
                    + "through all of them; unknown query parameters are refused with 400.")
    @APIResponse(responseCode = "200", description = "A page of hazard areas.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(ref = "HazardAreaFeatureCollection")))
    public Response list(@Context UriInfo uri) {
        return answers.list(HazardAreaFeatures.TYPE, uri);
    }

    @GET
    @Path("{id}")
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_HAZARD_AREAS)
    @Operation(summary = "Get one hazard area", description = "With an ETag; If-None-Match gives 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The hazard area.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = HazardAreaFeature.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.item(HazardAreaFeatures.TYPE, id, ifNoneMatch);
    }

    @POST
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_HAZARD_AREAS)
    @Operation(summary = "Record a hazard area",
            description = "The body is a GeoJSON Feature with a Polygon or MultiPolygon. A client may send its own "
                    + "UUID as `id`: the same request again returns the stored item (200), other content under that "
                    + "id is a conflict (409). The answer carries `warnings` (possible duplicate, long edges).")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = HazardAreaFeature.class)))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = HazardAreaFeature.class)))
    @APIResponse(responseCode = "200", description = "The same request was received before; the stored item.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = HazardAreaFeature.class)))
    public Response create(InputStream body, @Context UriInfo uri) {
        Written written = service.create(bodies.readTree(body));
        return answers.written(HazardAreaFeatures.TYPE, written, uri);
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_HAZARD_AREAS)
    @Operation(summary = "Replace a hazard area",
            description = "Everything a client may write is replaced; a missing status keeps the current one. "
                    + "If-Match is optional and, when sent, must name the current version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = HazardAreaFeature.class)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = HazardAreaFeature.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body, @Context UriInfo uri) {
        Written written = service.replace(id, ifMatch, bodies.readTree(body));
        return answers.written(HazardAreaFeatures.TYPE, written, uri);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaTypes.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_HAZARD_AREAS)
    @Operation(summary = "Change part of a hazard area",
            description = "A JSON merge patch (RFC 7396) of the feature, for example "
                    + "`{\"properties\": {\"status\": \"SUSPENDED\", \"statusChangeReason\": \"Flooding\"}}`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "Changed.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = HazardAreaFeature.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body, @Context UriInfo uri) {
        Written written = service.patch(id, ifMatch, bodies.readTree(body));
        return answers.written(HazardAreaFeatures.TYPE, written, uri);
    }

    @DELETE
    @Path("{id}")
    @Requires(Access.WRITE_HAZARD_AREAS)
    @Operation(summary = "Delete a hazard area",
            description = "The record leaves every list but is kept for its history.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.READ_HISTORY)
    @Operation(summary = "History of a hazard area",
            description = "Every version, oldest first: who changed it (subject, organisation, client), when, which "
                    + "properties changed with their old and new values, and the geometry at that version. "
                    + "Deleted hazard areas keep their history.")
    @APIResponse(responseCode = "200", description = "The versions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "History")))
    public JsonNode history(@PathParam("id") UUID id) {
        return history.history(HazardAreaHistory.TYPE, id, caller.featureAccess())
                .orElseThrow(() -> ProblemException.notFound("hazard area", id));
    }

}
