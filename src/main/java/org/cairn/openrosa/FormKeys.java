package org.cairn.openrosa;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import org.cairn.db.Clock;
import org.cairn.sealing.Sealing;

/**
 * The RSA key pair of ODK form encryption: devices encrypt a sensitive form's submissions with
 * the public key the form carries, and only Cairn, with the private key, opens them. Made on first
 * use and kept in the database with the private key sealed; of two instances making it at once,
 * one key wins for both.
 */
@ApplicationScoped
public class FormKeys {

    private static final String LABEL = "form-key";

    @Inject AgroalDataSource dataSource;
    @Inject Sealing sealing;

    private volatile String publicKey;
    private volatile PrivateKey privateKey;

    /** The public key as ODK forms carry it: base64 of its X.509 encoding. */
    String publicKey() {
        load();
        return publicKey;
    }

    PrivateKey privateKey() {
        load();
        return privateKey;
    }

    private synchronized void load() {
        if (privateKey != null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!read(connection)) {
                KeyPair pair = KeyPairGenerator.getInstance("RSA").genKeyPair();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO form_key (id, public_key, "
                        + "private_key_sealed, created_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                    insert.setString(1, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                    insert.setBytes(2, sealing.seal(pair.getPrivate().getEncoded(), LABEL));
                    insert.setTimestamp(3, Timestamp.from(Clock.now()));
                    insert.executeUpdate();
                }
                read(connection);
            }
        } catch (SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("The form encryption key could not be read", e);
        }
    }

    private boolean read(Connection connection) throws SQLException, GeneralSecurityException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT public_key, private_key_sealed FROM form_key WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return false;
            }
            byte[] encoded = sealing.open(row.getBytes(2), LABEL);
            privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            publicKey = row.getString(1);
            return true;
        }
    }
}
