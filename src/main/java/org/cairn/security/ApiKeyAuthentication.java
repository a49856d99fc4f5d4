package org.cairn.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an API key's secret: {@code Authorization: ApiKey <secret>}; HTTP Basic with the secret as
 * the password, for clients that know no other scheme (ODK Collect, QGIS); or the path of a field
 * app's server URL, {@code /openrosa/key/<secret>/}. Bearer tokens are left to the JWT mechanism.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

    static final String SCHEME = "ApiKey";
    static final String BASIC = "Basic";
    /** A field app's server URL that carries its key: group 1 the key, group 2 the OpenRosa path after it. */
    public static final Pattern KEY_PATH = Pattern.compile("/openrosa/key/([^/]+)(/.*)?");

    /** The secret sent with a request, for {@link ApiKeyIdentityProvider} to check. */
    public static final class Request extends BaseAuthenticationRequest {

        private final String secret;

        Request(String secret) {
            this.secret = secret;
        }

        String secret() {
            return secret;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return secret(context).map(secret -> identities.authenticate(new Request(secret)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    private static Optional<String> secret(RoutingContext context) {
        Matcher keyPath = KEY_PATH.matcher(context.request().path());
        if (keyPath.matches()) {
            return Optional.of(keyPath.group(1));
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return Optional.of(authorization.substring(SCHEME.length() + 1).trim());
        }
        if (authorization.regionMatches(true, 0, BASIC + " ", 0, BASIC.length() + 1)) {
            return password(authorization.substring(BASIC.length() + 1).trim());
        }
        return Optional.empty();
    }

    /** The password of Basic credentials; the user name is the client's to choose (a device's name, say). */
    private static Optional<String> password(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.of("") : Optional.of(decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.of("");
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SCHEME + " realm=\"cairn\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
