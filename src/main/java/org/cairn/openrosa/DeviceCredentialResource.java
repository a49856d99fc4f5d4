package org.cairn.openrosa;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.cairn.apikey.ApiKeyData;
import org.cairn.apikey.ApiKeyService;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.security.Role;
import org.cairn.validation.FieldError;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;
import org.cairn.web.ShownOnce;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Credentials of field devices: an API key that acts as a field surveyor (or an inspector) of one organisation,
 * issued by an administrator with everything ODK Collect needs to set itself up, and revoked as
 * any key is (DELETE /api/v1/api-keys/{id}).
 */
@Path("/api/v1/device-credentials")
@Tag(name = "Field apps")
public class DeviceCredentialResource {

    @Inject ApiKeyService keys;
    @Inject JsonBodies bodies;

    /** What an administrator asks for. */
    @Schema(name = "DeviceCredentialRequest")
    public static class Request {
        @Schema(required = true, description = "The device or team it is for; Collect shows it as the user name.",
                examples = "ALPHA tablet 17")
        public String name;

        @Schema(required = true, description = "The organisation whose field surveyor the device acts as.",
                examples = "00000000-0000-4000-8000-0000000000a1")
        public UUID organisation;

        @Schema(description = "field_surveyor (the default), or quality_manager for an inspector's device, which "
                + "also offers the monitoring visit form.", enumeration = {"field_surveyor", "quality_manager"})
        public String role;
    }

    /** The roles a device may act in: a person's other roles stay with the person. */
    private static final List<Role> DEVICE_ROLES = List.of(Role.FIELD_SURVEYOR, Role.QUALITY_MANAGER);

    /** The credential, shown once. */
    @Schema(name = "DeviceCredential")
    public record Credential(
            @Schema(description = "The API key's id, by which it is revoked.") UUID id,
            String name,
            UUID organisation,
            @Schema(description = "Collect's server URL with HTTP Basic (needs https).") String serverUrl,
            @Schema(description = "Collect's user name; any name is taken, the password decides.") String username,
            @Schema(description = "Collect's password: the key's secret.") String password,
            @Schema(description = "A server URL that carries the secret: no user name or password to type, and it "
                    + "works over plain http.") String keyServerUrl,
            @Schema(description = "The settings Collect imports (Project > Scan QR code), with the key server URL: "
                    + "zlib-compressed JSON in base64.") String collectSettings,
            @Schema(description = "Those settings as a QR code, a PNG data URL.") String qrCode) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.MANAGE_API_KEYS)
    @Operation(summary = "Issue a device credential", description = "An API key with the field_surveyor role (or "
            + "quality_manager) for the organisation, and the Collect settings that use it. The secret is shown in this answer only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Request.class)))
    @APIResponse(responseCode = "201", description = "Issued.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Credential.class)))
    @ShownOnce
    public Response issue(InputStream body, @Context UriInfo uri) {
        Request request = bodies.convert(bodies.readTree(body), Request.class);
        ApiKeyData key = new ApiKeyData();
        key.name = request.name;
        key.organisation = request.organisation == null ? null : request.organisation.toString();
        Role role = request.role == null ? Role.FIELD_SURVEYOR : Role.fromClaim(request.role)
                .filter(DEVICE_ROLES::contains).orElseThrow(() -> ProblemException.refusal(List.of(
                        new FieldError("role", "is field_surveyor or quality_manager"))));
        key.roles = List.of(role.claim());
        ApiKeyData issued = keys.create(key);
        String server = uri.getBaseUriBuilder().path(OpenRosaPaths.PREFIX).build().toString();
        String keyServer = server + "/key/" + issued.secret;
        ObjectNode collect = CollectSettings.of(keyServer, request.name);
        Credential credential = new Credential(issued.id, issued.name, request.organisation, server, issued.name,
                issued.secret, keyServer, CollectSettings.encode(collect), CollectSettings.qrCode(collect));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/api-keys").path(issued.id.toString()).build())
                .entity(credential).build();
    }
}
