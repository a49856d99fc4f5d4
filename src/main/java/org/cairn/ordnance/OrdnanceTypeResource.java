package org.cairn.ordnance;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.cairn.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ordnance catalogue that device findings and accidents name models from. */
@Path("/api/v1/ordnance-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ordnance catalogue", description = "Models of explosive ordnance, by category.")
public class OrdnanceTypeResource {

    @Inject OrdnanceTypeService service;
    @Inject JsonBodies bodies;

    @GET
    @Requires(Access.READ_REFERENCE_DATA)
    @Operation(summary = "List ordnance types", description = "By category and model, under `items`.")
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "Only this category.", example = "AP_MINE",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The catalogue.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrdnanceTypeList")))
    public Map<String, List<OrdnanceTypeData>> list(@Context UriInfo uri) {
        OrdnanceCategory category = QueryParameters.read(uri, "category").constant(OrdnanceCategory.class, "category")
                .orElse(null);
        return Map.of("items", service.list(category));
    }

    @GET
    @Path("{id}")
    @Requires(Access.READ_REFERENCE_DATA)
    @Operation(summary = "Get one ordnance type", description = "With an ETag.")
    @APIResponse(responseCode = "200", description = "The model.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrdnanceTypeData.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OrdnanceTypeData type = service.get(id);
        return JsonResponses.item(type, type.version, ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.WRITE_REFERENCE_DATA)
    @Operation(summary = "Add a model to the catalogue")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrdnanceTypeData.class)))
    @APIResponse(responseCode = "201", description = "Added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrdnanceTypeData.class)))
    public Response create(InputStream body, @Context UriInfo uri) {
        OrdnanceTypeData created = service.create(bodies.readTree(body));
        return JsonResponses.created(created, created.id, created.version, uri);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.WRITE_REFERENCE_DATA)
    @Operation(summary = "Replace a model of the catalogue")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrdnanceTypeData.class)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrdnanceTypeData.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body) {
        OrdnanceTypeData replaced = service.replace(id, ifMatch, bodies.readTree(body));
        return JsonResponses.changed(replaced, replaced.version);
    }
}
