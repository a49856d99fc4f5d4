package org.cairn.organisation;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.JsonResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisations of the programme: the authority, operators, agencies. */
@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The national authority, operators and agencies that records belong to.")
public class OrganisationResource {

    @Inject OrganisationService service;
    @Inject JsonBodies bodies;

    @GET
    @Requires(Access.READ_REFERENCE_DATA)
    @Operation(summary = "List organisations", description = "All of them, by name, under `items`.")
    @APIResponse(responseCode = "200", description = "The organisations.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrganisationList")))
    public Map<String, List<OrganisationData>> list() {
        return Map.of("items", service.list());
    }

    @GET
    @Path("{id}")
    @Requires(Access.READ_REFERENCE_DATA)
    @Operation(summary = "Get one organisation", description = "With an ETag; If-None-Match gives 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The organisation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationData.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OrganisationData organisation = service.get(id);
        return JsonResponses.item(organisation, organisation.version, ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.WRITE_REFERENCE_DATA)
    @Operation(summary = "Record an organisation")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationData.class)))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationData.class)))
    public Response create(InputStream body, @Context UriInfo uri) {
        OrganisationData created = service.create(bodies.readTree(body));
        return JsonResponses.created(created, created.id, created.version, uri);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.WRITE_REFERENCE_DATA)
    @Operation(summary = "Replace an organisation", description = "If-Match is optional; when sent it must be current.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationData.class)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationData.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        OrganisationData replaced = service.replace(id, ifMatch, bodies.readTree(body));
        return JsonResponses.changed(replaced, replaced.version);
    }

    @PUT
    @Path("{id}/accreditation-suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.WRITE_QUALITY)
    @Tag(name = "Quality management")
    @Operation(summary = "Suspend an organisation's accreditation", description = "For some of its accredited activity "
            + "types; activities of those types are then recorded with the warning ACCREDITATION_SUSPENDED. "
            + "If-Match is optional; when sent it must be current.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccreditationSuspension.class)))
    @APIResponse(responseCode = "200", description = "Suspended.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationData.class)))
    public Response suspend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        OrganisationData suspended = service.suspend(id, ifMatch, bodies.readTree(body));
        return JsonResponses.changed(suspended, suspended.version);
    }

    @DELETE
    @Path("{id}/accreditation-suspension")
    @Requires(Access.WRITE_QUALITY)
    @Tag(name = "Quality management")
    @Operation(summary = "Lift an organisation's suspension", description = "Its accreditation applies again as "
            + "granted.")
    @APIResponse(responseCode = "200", description = "Lifted.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationData.class)))
    public Response lift(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        OrganisationData lifted = service.lift(id, ifMatch);
        return JsonResponses.changed(lifted, lifted.version);
    }
}
