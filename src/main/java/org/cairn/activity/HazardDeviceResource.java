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
import org.cairn.hazard.HazardAreaFeatures;
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

/** Devices found on a hazard area. */
@Path("/api/v1/hazard-areas/{hazardAreaId}/devices")
@Tag(name = "Device findings")
public class HazardDeviceResource {

    @Inject DeviceFindingService service;
    @Inject FeatureAnswers answers;
    @Inject JsonBodies bodies;

    @POST
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_ACTIVITIES)
    @Operation(summary = "Record a device found on a hazard area", description = "For devices found outside an "
            + "activity, by survey for instance; `reportingOrganisationId` is required. A suspected hazardous area "
            + "where a device is found becomes confirmed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(implementation = DeviceFindingFeature.class)))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(implementation = DeviceFindingFeature.class)))
    @APIResponse(responseCode = "200", description = "The same request was received before; the stored finding.",
            content = @Content(mediaType = MediaTypes.GEO_JSON,
                    schema = @Schema(implementation = DeviceFindingFeature.class)))
    public Response record(@PathParam("hazardAreaId") UUID hazardAreaId, InputStream body, @Context UriInfo uri) {
        return answers.written(DeviceFindingFeatures.TYPE, service.findOnHazardArea(hazardAreaId,
                bodies.readTree(body)), uri);
    }

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACTIVITIES)
    @Operation(summary = "Devices found on a hazard area", description = "By any activity or directly; a "
            + "FeatureCollection of points.")
    @APIResponse(responseCode = "200", description = "The findings.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "DeviceFindingFeatureCollection")))
    public Response list(@PathParam("hazardAreaId") UUID hazardAreaId, @Context UriInfo uri) {
        answers.requireVisible(HazardAreaFeatures.TYPE, hazardAreaId);
        return answers.listWithin(DeviceFindingFeatures.TYPE, "hazardAreaId", hazardAreaId, uri);
    }
}
