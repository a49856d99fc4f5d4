package org.cairn.webapp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the map and dashboards need before anyone signs in: how to sign in, and the background map
 * the authority chose. No data: that comes from the API, with the signed-in caller's rights.
 */
@Schema(name = "WebAppSettings")
public record WebAppSettings(
        @Schema(description = "The OpenID Connect provider to sign in with; absent when none is configured.")
        Oidc oidc,
        @Schema(description = "The development sign-in, under scripts/run only; absent elsewhere.")
        DevelopmentSignIn developmentSignIn,
        @Schema(description = "A background map under Cairn's layers; absent when the authority set none.")
        BackgroundMap backgroundMap) {

    /** The page signs in with the authorization code flow and PKCE, as a public client. */
    public record Oidc(
            @Schema(description = "Issuer; its discovery document is at /.well-known/openid-configuration.")
            String issuer,
            String clientId,
            @Schema(examples = "openid") String scope,
            @Schema(description = "Claim, or path of claims, that holds the roles in the provider's tokens.",
                    examples = "realm_access/roles") String rolesClaim,
            @Schema(description = "Claim that holds the caller's organisation.", examples = "organisation")
            String organisationClaim) {
    }

    /** Any role of any organisation, for trying Cairn out. */
    public record DevelopmentSignIn(List<String> roles, List<Choice> organisations) {
    }

    public record Choice(UUID id, String name) {
    }

    public record BackgroundMap(
            @Schema(description = "xyz (url is a URL template) or wmts (url is the service's capabilities).")
            String kind,
            @Schema(examples = "https://tiles.example.org/{z}/{x}/{y}.png") String url,
            @Schema(description = "The WMTS layer; absent for xyz.") String layer,
            String attribution) {

        /** A template with {z} is XYZ; any other URL names a WMTS service's capabilities. */
        static BackgroundMap of(String url, Optional<String> layer, Optional<String> attribution) {
            boolean xyz = url.contains("{z}");
            return new BackgroundMap(xyz ? "xyz" : "wmts", url, xyz ? null : layer.orElse(null), attribution.orElse(""));
        }
    }
}
