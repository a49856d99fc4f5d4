package org.cairn.webapp;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.cairn.config.CairnConfig;
import org.cairn.organisation.Organisation;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.security.Role;
import org.cairn.web.JsonBodies;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The settings the page at / starts from, and its development sign-in. */
@Path("/app")
@Tag(name = "Web application")
public class WebAppResource {

    @Inject CairnConfig config;
    @Inject DevelopmentTokens developmentTokens;
    @Inject JsonBodies bodies;
    @ConfigProperty(name = "smallrye.jwt.path.groups") String rolesClaim;

    @GET
    @Path("settings")
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.SIGN_IN)
    @Operation(summary = "Settings of the web application", description = "How to sign in and which background "
            + "map to draw; open to anyone, since the page reads them before signing in.")
    @APIResponse(responseCode = "200", description = "The settings.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebAppSettings.class)))
    public WebAppSettings settings() {
        CairnConfig.WebApp app = config.webApp();
        WebAppSettings.Oidc oidc = app.oidcIssuer()
                .map(issuer -> new WebAppSettings.Oidc(issuer, app.oidcClientId(), "openid", rolesClaim,
                        config.security().organisationClaim())).orElse(null);
        WebAppSettings.BackgroundMap background = app.backgroundMap()
                .map(url -> WebAppSettings.BackgroundMap.of(url, app.backgroundMapLayer(), app.backgroundMapAttribution()))
                .orElse(null);
        return new WebAppSettings(oidc, developmentTokens.enabled() ? developmentChoices() : null, background);
    }

    private static WebAppSettings.DevelopmentSignIn developmentChoices() {
        return new WebAppSettings.DevelopmentSignIn(Arrays.stream(Role.values()).map(Role::claim).toList(),
                Organisation.<Organisation>listAll().stream().sorted(Comparator.comparing(org -> org.name))
                        .map(org -> new WebAppSettings.Choice(org.id, org.name)).toList());
    }

    @POST
    @Path("development-sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.SIGN_IN)
    @Operation(summary = "Development sign-in", description = "A bearer token for any role of any organisation, "
            + "signed with the development key. Only where that key is configured (scripts/run); 404 elsewhere.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DevelopmentTokens.Request.class)))
    @APIResponse(responseCode = "200", description = "The token.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DevelopmentTokens.Token.class)))
    public DevelopmentTokens.Token developmentSignIn(InputStream body) {
        return developmentTokens.issue(bodies.convert(bodies.readTree(body), DevelopmentTokens.Request.class));
    }
}
