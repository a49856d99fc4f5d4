package org.cairn.webapp;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.config.CairnConfig;
import org.cairn.organisation.Organisation;
import org.cairn.security.Role;
import org.cairn.validation.FieldError;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tokens of the development sign-in, signed with the key scripts/token signs with, so that the
 * service checks them exactly as it checks an identity provider's. Off unless that key is set.
 */
@ApplicationScoped
public class DevelopmentTokens {

    /** A working day; scripts/token gives twelve hours for the same reason. */
    static final Duration LIFETIME = Duration.ofHours(12);

    @Inject CairnConfig config;
    @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer;
    @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences;

    /** Who to sign in as. */
    @Schema(name = "DevelopmentSignInRequest")
    public static class Request {
        @Schema(required = true, examples = "data_manager")
        public String role;

        @Schema(required = true, examples = "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a01")
        public UUID organisation;
    }

    @Schema(name = "DevelopmentToken")
    public record Token(String accessToken, String tokenType, long expiresIn) {
    }

    boolean enabled() {
        return key().isPresent();
    }

    Token issue(Request request) {
        String keyFile = key().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "There is no development sign-in here; sign in with the authority's identity provider."));
        List<FieldError> errors = new ArrayList<>();
        Optional<Role> role = Optional.ofNullable(request.role).flatMap(Role::fromClaim);
        if (role.isEmpty()) {
            errors.add(new FieldError("role", "must be one of the roles Cairn knows"));
        }
        if (request.organisation == null || Organisation.findById(request.organisation) == null) {
            errors.add(new FieldError("organisation", "must name a known organisation"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String claim = role.orElseThrow().claim();
        String token = Jwt.issuer(issuer).audience(audiences.get(0)).subject("dev-" + claim).upn("dev-" + claim)
                .groups(claim).claim(config.security().organisationClaim(), request.organisation.toString())
                .claim("azp", "cairn-dev-sign-in").expiresIn(LIFETIME).jws().sign(keyFile);
        return new Token(token, "Bearer", LIFETIME.toSeconds());
    }

    private Optional<String> key() {
        return config.webApp().developmentSignInKey().filter(file -> !file.isBlank());
    }
}
