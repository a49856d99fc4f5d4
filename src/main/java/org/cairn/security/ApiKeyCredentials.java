package org.cairn.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks API key secrets up by their hash. Secrets are 256 random bits, so a plain SHA-256 is as
 * good as a slow password hash and lets the lookup use an index. Plain JDBC: this runs while the
 * request is being authenticated, before any transaction exists.
 */
@ApplicationScoped
public class ApiKeyCredentials {

    /** The key that a secret unlocks. */
    public record ValidKey(UUID id, String name, String organisation, String[] roles) {
    }

    private static final String FIND = """
            SELECT id, name, organisation, roles FROM api_key
            WHERE secret_sha256 = ? AND revoked_at IS NULL""";

    /** Minute resolution is enough to tell a live key from a forgotten one, at one write a minute. */
    private static final String TOUCH = """
            UPDATE api_key SET last_used_at = now()
            WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""";

    @Inject AgroalDataSource dataSource;

    public Optional<ValidKey> verify(String secret) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, sha256(secret));
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                UUID id = row.getObject(1, UUID.class);
                String[] roles = (String[]) row.getArray(4).getArray();
                try (PreparedStatement touch = connection.prepareStatement(TOUCH)) {
                    touch.setObject(1, id);
                    touch.executeUpdate();
                }
                // A key made before a role was kept from keys does not carry it either.
                return Optional.of(new ValidKey(id, row.getString(2), row.getString(3), Arrays.stream(roles)
                        .map(String::toLowerCase).filter(claim -> Role.fromClaim(claim).map(Role::grantableToKeys)
                                .orElse(false)).toArray(String[]::new)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API keys could not be read", e);
        }
    }

    public static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
