package org.cairn.activity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cairn.feature.FeatureAnswers;
import org.cairn.hazard.HazardAreaFeatures;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.web.MediaTypes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Land released from one hazard area, by whichever activities. */
@Path("/api/v1/hazard-areas/{hazardAreaId}/land-release")
@Tag(name = "Land release")
public class HazardLandReleaseResource {

    @Inject FeatureAnswers answers;

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACTIVITIES)
    @Operation(summary = "Land released from a hazard area",
            description = "Its land release records, void ones included (`voided`), as a FeatureCollection.")
    @APIResponse(responseCode = "200", description = "The records.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "LandReleaseFeatureCollection")))
    public Response list(@PathParam("hazardAreaId") UUID hazardAreaId, @Context UriInfo uri) {
        answers.requireVisible(HazardAreaFeatures.TYPE, hazardAreaId);
        return answers.listWithin(LandReleaseFeatures.TYPE, "hazardAreaId", hazardAreaId, uri);
    }
}
