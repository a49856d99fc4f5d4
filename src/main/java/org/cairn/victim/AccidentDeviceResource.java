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
import java.util.UUID;
import org.cairn.activity.DeviceFindingFeatures;
import org.cairn.feature.FeatureAnswers;
import org.cairn.feature.Written;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.FeatureAccess;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.MediaTypes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Devices that caused, or were found at, an accident. */
@Path("/api/v1/accidents/{accidentId}/devices")
@Tag(name = "Device findings")
public class AccidentDeviceResource {

    @Inject AccidentService accidents;
    @Inject AccidentDevices devices;
    @Inject FeatureAnswers answers;
    @Inject JsonBodies bodies;
    @Inject Caller caller;

    @POST
    @Consumes({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaTypes.GEO_JSON)
    @Requires(Access.WRITE_VICTIM_DATA)
    @Operation(summary = "Record a device of an accident", description = "It counts for the accident's hazard area "
            + "when it has one, and is reported by the accident's organisation unless another is named.")
    @RequestBody(required = true, content = @Content(mediaType = MediaTypes.GEO_JSON,
            schema = @Schema(ref = "DeviceFindingFeature")))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "DeviceFindingFeature")))
    @APIResponse(responseCode = "200", description = "The same request was received before; the stored finding.",
            content = @Content(mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "DeviceFindingFeature")))
    public Response record(@PathParam("accidentId") UUID accidentId, InputStream body, @Context UriInfo uri) {
        Written written = devices.record(accidentId, bodies.readTree(body));
        // Devices of accidents are hidden from callers without the sensitive-data permission; the author of
        // one, who has just sent it, is answered with it all the same.
        FeatureAccess author = new FeatureAccess(caller.featureAccess().organisation(),
                caller.featureAccess().restricted(), true);
        return answers.written(DeviceFindingFeatures.TYPE, written, uri, author);
    }

    @GET
    @Produces({MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON})
    @Requires(Access.READ_ACCIDENTS)
    @Operation(summary = "Devices of an accident", description = "A FeatureCollection of points.")
    @APIResponse(responseCode = "200", description = "The findings.", content = @Content(
            mediaType = MediaTypes.GEO_JSON, schema = @Schema(ref = "DeviceFindingFeatureCollection")))
    public Response list(@PathParam("accidentId") UUID accidentId, @Context UriInfo uri) {
        accidents.visible(accidentId);
        return answers.listWithin(DeviceFindingFeatures.TYPE, "accidentId", accidentId, uri);
    }
}
