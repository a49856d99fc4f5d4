package org.cairn.apikey;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.security.Access;
import org.cairn.security.ApiKey;
import org.cairn.security.Requires;
import org.cairn.web.JsonBodies;
import org.cairn.web.ShownOnce;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys for partner systems; administrators only. */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Credentials for partner systems, sent as `Authorization: ApiKey <secret>`.")
public class ApiKeyResource {

    @Inject ApiKeyService service;
    @Inject JsonBodies bodies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.MANAGE_API_KEYS)
    @Operation(summary = "Create an API key", description = "The answer holds the secret; it is stored only as a "
            + "hash and cannot be shown again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyData.class)))
    @APIResponse(responseCode = "201", description = "Created, with its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyData.class)))
    @ShownOnce
    public Response create(InputStream body, @Context UriInfo uri) {
        ApiKeyData created = service.create(bodies.readTree(body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .entity(created).build();
    }

    @GET
    @Requires(Access.MANAGE_API_KEYS)
    @Operation(summary = "List API keys", description = "Every key, revoked ones included, without secrets.")
    @APIResponse(responseCode = "200", description = "The keys, oldest first, under `items`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiKeyList")))
    public Map<String, List<ApiKeyData>> list() {
        return Map.of("items", service.list());
    }

    @GET
    @Path("{id}")
    @Requires(Access.MANAGE_API_KEYS)
    @Operation(summary = "Get one API key", description = "Without its secret.")
    @APIResponse(responseCode = "200", description = "The key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyData.class)))
    public ApiKeyData get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @DELETE
    @Path("{id}")
    @Requires(Access.MANAGE_API_KEYS)
    @Operation(summary = "Revoke an API key", description = "It authenticates no one from now on; the record stays.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revoke(@PathParam("id") UUID id) {
        service.revoke(id);
        return Response.noContent().build();
    }
}
