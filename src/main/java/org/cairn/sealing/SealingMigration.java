package org.cairn.sealing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The work of migration 16 ({@code db.migration.V16__Seal_what_was_held_in_the_clear}): seals what
 * V15's columns are for. Health data and field report contents, in the records and in every audit
 * row, go into their sealed columns (the format of {@link SealedText}); stored answers likewise;
 * personal data, which the master key used to seal directly, is sealed again with a key of its
 * person's, so that erasure can destroy it (its audit rows' copies go with V17). In Java because
 * the keys never reach the database. A database with nothing to seal needs no key. Change feed
 * triggers are off meanwhile: nothing changes for a reader.
 */
public final class SealingMigration {

    /** Tables, the column that held a text in the clear, and the sealed column it goes into. */
    private static final String[][] TEXTS = {
        {"casualty", "injuries", "injuries_sealed"},
        {"casualty_aud", "injuries", "injuries_sealed"},
        {"assistance", "relation", "relation_sealed"},
        {"assistance", "referred_to", "referred_to_sealed"},
        {"assistance", "notes", "notes_sealed"},
        {"assistance_aud", "relation", "relation_sealed"},
        {"assistance_aud", "referred_to", "referred_to_sealed"},
        {"assistance_aud", "notes", "notes_sealed"},
        {"field_report_item", "content", "content_sealed"},
        {"field_report_item_aud", "content", "content_sealed"},
    };

    private SealingMigration() {
    }

    public static void migrate(Connection connection) throws Exception {
        if (nothingToSeal(connection)) {
            return;
        }
        MasterKeys masters = MasterKeys.load(Path.of(ConfigProvider.getConfig()
                .getValue("cairn.personal-data.key-file", String.class)));
        DataKeys dataKeys = new DataKeys(masters);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE casualty DISABLE TRIGGER casualty_change");
        }
        SecretKey shared = dataKeys.shared(connection);
        for (String[] text : TEXTS) {
            sealTexts(connection, shared, text[0], text[1], text[2]);
        }
        sealAnswers(connection, shared);
        sealPersonalData(connection, masters, dataKeys);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE casualty ENABLE TRIGGER casualty_change");
        }
    }

    private static boolean nothingToSeal(Connection connection) throws SQLException {
        StringBuilder counts = new StringBuilder("SELECT (SELECT count(*) FROM idempotency_key WHERE body IS NOT NULL)"
                + " + (SELECT count(*) FROM casualty_personal_data)");
        for (String[] text : TEXTS) {
            counts.append(" + (SELECT count(*) FROM ").append(text[0]).append(" WHERE ").append(text[1])
                    .append(" IS NOT NULL)");
        }
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(counts.toString())) {
            row.next();
            return row.getLong(1) == 0;
        }
    }

    private static void sealTexts(Connection connection, SecretKey shared, String table, String clear, String sealed)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT ctid::text, " + clear + " FROM " + table + " WHERE "
                        + clear + " IS NOT NULL")) {
            while (row.next()) {
                rows.add(new Object[] {row.getString(1), row.getString(2)});
            }
        }
        update(connection, "UPDATE " + table + " SET " + sealed + " = ?, " + clear + " = NULL WHERE ctid = ?::tid",
                rows, row -> Aes.seal(shared, ((String) row[1]).getBytes(StandardCharsets.UTF_8),
                        Sealing.label(SealedText.LABEL)));
    }

    private static void sealAnswers(Connection connection, SecretKey shared) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT ctid::text, body, caller, key FROM idempotency_key "
                        + "WHERE body IS NOT NULL")) {
            while (row.next()) {
                rows.add(new Object[] {row.getString(1), row.getBytes(2), row.getString(3), row.getString(4)});
            }
        }
        update(connection, "UPDATE idempotency_key SET body_sealed = ?, body = NULL WHERE ctid = ?::tid", rows,
                row -> Aes.seal(shared, (byte[]) row[1], Sealing.label(Sealing.answerLabel((String) row[2],
                        (String) row[3]))));
    }

    /** Opens what the master key sealed directly (its id bound in) and seals it with the person's own key. */
    private static void sealPersonalData(Connection connection, MasterKeys masters, DataKeys dataKeys)
            throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT ctid::text, casualty_id, key_id, nonce || ciphertext "
                        + "FROM casualty_personal_data")) {
            while (row.next()) {
                UUID casualty = row.getObject(2, UUID.class);
                byte[] plaintext = masters.open(row.getString(3), row.getBytes(4),
                        casualty.toString().getBytes(StandardCharsets.US_ASCII)).orElseThrow(() ->
                        new IllegalStateException("Personal data was sealed with a master key that "
                                + "CAIRN_PERSONAL_DATA_KEY_FILE does not hold"));
                rows.add(new Object[] {row.getString(1), Aes.seal(dataKeys.personOrNew(connection, casualty), plaintext,
                        Sealing.personal(casualty))});
            }
        }
        update(connection, "UPDATE casualty_personal_data SET sealed = ? WHERE ctid = ?::tid", rows,
                row -> (byte[]) row[1]);
    }

    private interface Sealer {
        byte[] seal(Object[] row);
    }

    private static void update(Connection connection, String sql, List<Object[]> rows, Sealer sealer)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                update.setBytes(1, sealer.seal(row));
                update.setString(2, (String) row[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
