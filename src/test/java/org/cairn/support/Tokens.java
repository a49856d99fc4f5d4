package org.cairn.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Bearer tokens as an authority's identity provider would issue them, signed with the test key. */
public final class Tokens {

    public static final String ISSUER = "cairn-dev";
    public static final String AUDIENCE = "cairn";
    public static final String ORGANISATION = Organisations.ALPHA;

    private Tokens() {
    }

    /** A valid token for one role of the default organisation. */
    public static String token(String role) {
        return token(role, ORGANISATION);
    }

    public static String token(String role, String organisation) {
        return claims("user-" + role, Set.of(role), organisation).sign(privateKey());
    }

    /** Claims of a valid token, for tests that spoil one of them. */
    public static JwtClaimsBuilder claims(String subject, Set<String> groups, String organisation) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .claim("azp", "cairn-tests")
                .issuedAt(Instant.now())
                .expiresIn(Duration.ofHours(1))
                .claim("jti", UUID.randomUUID().toString());
        return organisation == null ? claims : claims.claim("organisation", organisation);
    }

    public static PrivateKey privateKey() {
        try {
            String pem = Files.readString(TestKeys.PRIVATE_KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test key cannot be read", e);
        }
    }
}
