package org.cairn.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * The data keys in table {@code data_key}, each sealed by a master key: one shared key that seals
 * texts (health data, field report contents, stored answers), and one key a person for their
 * personal data. Erasing a person destroys their key, so that every copy of their data sealed with
 * it, in history and in backups, can no longer be opened. Works on the connection it is given,
 * inside the caller's transaction.
 */
final class DataKeys {

    static final String SHARED = "SHARED";
    static final String PERSON = "PERSON";

    private final MasterKeys masters;

    DataKeys(MasterKeys masters) {
        this.masters = masters;
    }

    /** The shared key, made on first use; of two services making it at once, one key wins for both. */
    SecretKey shared(Connection connection) throws SQLException {
        insertIfMissing(connection, UUID.randomUUID(), SHARED);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, master_key_id, sealed_key FROM data_key WHERE purpose = 'SHARED'")) {
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return open(row, SHARED);
            }
        }
    }

    /** The person's key, if their personal data has one and it was not destroyed. */
    Optional<SecretKey> person(Connection connection, UUID casualtyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, master_key_id, sealed_key FROM data_key WHERE id = ? AND purpose = 'PERSON'")) {
            select.setObject(1, casualtyId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(open(row, PERSON)) : Optional.empty();
            }
        }
    }

    SecretKey personOrNew(Connection connection, UUID casualtyId) throws SQLException {
        insertIfMissing(connection, casualtyId, PERSON);
        return person(connection, casualtyId).orElseThrow();
    }

    /** Destroys the person's key; true when there was one. */
    boolean destroy(Connection connection, UUID casualtyId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM data_key WHERE id = ? AND purpose = 'PERSON'")) {
            delete.setObject(1, casualtyId);
            return delete.executeUpdate() == 1;
        }
    }

    /**
     * Seals again with the current master key every data key that an older one sealed, so that the
     * older one can be retired; the data the keys seal is not touched. The number of keys sealed again.
     */
    int reseal(Connection connection) throws SQLException {
        List<Object[]> stale = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, master_key_id, sealed_key, purpose "
                + "FROM data_key WHERE master_key_id <> ? FOR UPDATE")) {
            select.setString(1, masters.current());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String purpose = row.getString(4);
                    stale.add(new Object[] {row.getObject(1, UUID.class), purpose, open(row, purpose)});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE data_key SET master_key_id = ?, sealed_key = ? WHERE id = ?")) {
            for (Object[] key : stale) {
                UUID id = (UUID) key[0];
                update.setString(1, masters.current());
                byte[] raw = ((SecretKey) key[2]).getEncoded();
                update.setBytes(2, masters.seal(raw, associatedData(id, (String) key[1])));
                update.setObject(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        return stale.size();
    }

    private void insertIfMissing(Connection connection, UUID id, String purpose) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO data_key (id, purpose, "
                + "master_key_id, sealed_key) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, id);
            insert.setString(2, purpose);
            insert.setString(3, masters.current());
            insert.setBytes(4, masters.seal(Aes.newKey().getEncoded(), associatedData(id, purpose)));
            insert.executeUpdate();
        }
    }

    private SecretKey open(ResultSet row, String purpose) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        String masterKeyId = row.getString(2);
        try {
            return Aes.key(masters.open(masterKeyId, row.getBytes(3), associatedData(id, purpose))
                    .orElseThrow(() -> new IllegalStateException("A data key was sealed with master key " + masterKeyId
                            + ", which CAIRN_PERSONAL_DATA_KEY_FILE does not hold")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Data key " + id + " does not open with master key " + masterKeyId, e);
        }
    }

    /** Binds a sealed data key to its row: a key copied onto another row does not open. */
    private static byte[] associatedData(UUID id, String purpose) {
        return ("cairn:data-key:" + purpose + ":" + id).getBytes(StandardCharsets.US_ASCII);
    }
}
