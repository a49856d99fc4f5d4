package org.cairn.activity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cairn.feature.FeatureEndpoint;
import org.cairn.feature.FeatureQuery;
import org.cairn.feature.FeatureResponses;
import org.cairn.feature.FeatureStore;
import org.cairn.hazard.HazardAreaFeatures;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.MediaTypes;
import org.cairn.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Land released from one hazard area, by whichever activities. */
@Path("/api/v1/hazard-areas/{hazardAreaId}/land-release")
@Tag(name = "Land release")
public class HazardLandReleaseResource {

    private final FeatureStore features;
    private final Caller caller;

    HazardLandReleaseResource(FeatureStore features, Caller caller) {
        this.features = features;
        this.caller = caller;
    }

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACTIVITIES)
    @Operation(summary = "Land released from a hazard area",
            description = "Its land release records, void ones included (`voided`), as a FeatureCollection.")
    @APIResponse(responseCode = "200", description = "The records.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "LandReleaseFeatureCollection")))
    public Response list(@PathParam("hazardAreaId") UUID hazardAreaId, @Context UriInfo uri) {
        if (features.one(HazardAreaFeatures.TYPE, hazardAreaId, caller.featureAccess()).isEmpty()) {
            throw ProblemException.notFound("hazard area", hazardAreaId);
        }
        FeatureQuery query = FeatureEndpoint.LIST.query(LandReleaseFeatures.TYPE, uri.getQueryParameters())
                .within("hazardAreaId", hazardAreaId);
        return Response.ok(features.page(LandReleaseFeatures.TYPE, query, caller.featureAccess(),
                FeatureResponses.pageLinks(uri))).build();
    }
}
