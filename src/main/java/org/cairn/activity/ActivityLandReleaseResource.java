package org.cairn.activity;

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

/** Land an activity released. */
@Path("/api/v1/activities/{activityId}/land-release")
@Tag(name = "Land release")
public class ActivityLandReleaseResource {

    @Inject LandReleaseService service;
    @Inject FeatureAnswers answers;
    @Inject JsonBodies bodies;

    @POST
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_ACTIVITIES)
    @Operation(summary = "Record land an activity released",
            description = "The polygon is clipped to what remains of the hazard area, which must be one the "
                    + "activity works on; the outcome must fit the activity type (CANCELLED from NTS, REDUCED from "
                    + "TS, CLEARED from CLEARANCE, BAC, TS or ROAD_CLEARANCE). The hazard area's remaining area and "
                    + "status follow: the first release marks it WORKED_ON, and it is CLOSED when what remains is "
                    + "below the threshold or the release completes it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = LandReleaseFeature.class)))
    @APIResponse(responseCode = "201", description = "Recorded, as clipped.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = LandReleaseFeature.class)))
    @APIResponse(responseCode = "200", description = "The same request was received before; the stored record.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = LandReleaseFeature.class)))
    public Response release(@PathParam("activityId") UUID activityId, InputStream body, @Context UriInfo uri) {
        return answers.written(LandReleaseFeatures.TYPE, service.release(activityId, bodies.readTree(body)), uri);
    }

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACTIVITIES)
    @Operation(summary = "Land an activity released",
            description = "Its land release records, void ones included (`voided`), as a FeatureCollection.")
    @APIResponse(responseCode = "200", description = "The records.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "LandReleaseFeatureCollection")))
    public Response list(@PathParam("activityId") UUID activityId, @Context UriInfo uri) {
        answers.requireVisible(ActivityFeatures.TYPE, activityId);
        return answers.listWithin(LandReleaseFeatures.TYPE, "activityId", activityId, uri);
    }
}
