package org.cairn.openrosa;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Map;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;
import org.cairn.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where KoboToolbox's REST Services forward submissions of Cairn's forms deployed there: one URL a
 * form, HTTP Basic with a device credential, JSON as Kobo sends it.
 */
@Path("/openrosa/kobo/{formId}")
@Tag(name = "Field apps")
public class KoboResource {

    @Inject OpenRosaSubmissions submissions;
    @Inject Refusals refusals;
    @Inject JsonBodies bodies;
    @Inject Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "A submission forwarded by KoboToolbox", description = "The JSON Kobo's REST Services post "
            + "for a submission of this form; it becomes a field report as a device's would. Sent again, it is the "
            + "same report (200). The photos stay in KoboToolbox.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "201", description = "Received.")
    @APIResponse(responseCode = "200", description = "Received before.")
    public Response forward(@PathParam("formId") String formId, InputStream body, @Context UriInfo uri) {
        QueryParameters.read(uri);
        try {
            boolean stored = submissions.fromKobo(formId, bodies.readTree(body)) == OpenRosaSubmissions.Outcome.STORED;
            return Response.status(stored ? 201 : 200).entity(Map.of("received", true)).build();
        } catch (ProblemException refused) {
            refusals.record(caller.subject(), caller.organisationId().orElse(null), formId, null,
                    refused.problem().status, refused.getMessage());
            throw refused;
        }
    }
}
