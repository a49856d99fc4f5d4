package org.cairn.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Migration 16, found by Flyway as the service finds it, on a database as the version before it
 * left one: injuries, notes and contents in the clear, personal data sealed directly by the master
 * key. In a schema of its own, so that the tests' database is not touched.
 */
@QuarkusTest
class SealingMigrationTest {

    private static final String SCHEMA = "cairn_upgrade";
    private static final Path KEY_FILE = Path.of("target", "test-keys", "personal-data.key");
    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final UUID ACCIDENT = UUID.randomUUID();
    private static final UUID CASUALTY = UUID.randomUUID();
    private static final byte[] IDENTITY = "{\"name\":\"Legacy-NAME-2201 Abuk\"}".getBytes(StandardCharsets.UTF_8);

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    void whatWasInTheClearIsSealedAndPersonalDataGetsItsPersonsKey() throws Exception {
        dropSchema();
        flyway("15").migrate();
        MasterKeys masters = MasterKeys.load(KEY_FILE);
        byte[] legacy = masters.seal(IDENTITY, CASUALTY.toString().getBytes(StandardCharsets.US_ASCII));
        execute("SET search_path = " + SCHEMA + ", public",
                "INSERT INTO organisation (id, name, type, created_at, created_by, updated_at, updated_by, version) "
                        + "VALUES ('" + ORGANISATION + "', 'Legacy Org', 'NGO', now(), 't', now(), 't', 1)",
                "INSERT INTO accident (id, type, date_known, geom, location_safe_to_record, reporting_organisation_id, "
                        + "date_of_information, creation_digest, created_at, created_by, updated_at, updated_by, "
                        + "version) VALUES ('" + ACCIDENT + "', 'MINE', true, ST_SetSRID(ST_MakePoint(10, 10), 4326), "
                        + "true, '" + ORGANISATION + "', '2026-01-01', 'd', now(), 't', now(), 't', 1)",
                "INSERT INTO casualty (id, accident_id, outcome, sex, status, injuries, reporting_organisation_id, "
                        + "date_of_information, creation_digest, created_at, created_by, updated_at, updated_by, "
                        + "version) VALUES ('" + CASUALTY + "', '" + ACCIDENT + "', 'INJURED', 'MALE', 'CIVILIAN', "
                        + "'Legacy-INJ-3301 burns', '" + ORGANISATION + "', '2026-01-01', 'd', now(), 't', now(), "
                        + "'t', 1)",
                "INSERT INTO revision (changed_at, subject) VALUES (now(), 't')",
                "INSERT INTO casualty_aud (id, rev, revtype, injuries) SELECT '" + CASUALTY + "', max(id), 0, "
                        + "'Legacy-INJ-3301 burns' FROM revision",
                "INSERT INTO assistance (id, casualty_id, recipient, type, status, notes, creation_digest, created_at, "
                        + "created_by, updated_at, updated_by, version) VALUES ('" + UUID.randomUUID() + "', '"
                        + CASUALTY + "', 'CASUALTY', 'LEGAL', 'NEEDED', 'Legacy-NOTE-4401', 'd', now(), 't', now(), "
                        + "'t', 1)",
                "INSERT INTO idempotency_key (caller, key, method, path, request_digest, status, body) VALUES "
                        + "('user-x', 'k1', 'POST', '/p', 'd', 201, convert_to('Legacy-ANSWER-5501', 'UTF8'))",
                "INSERT INTO casualty_personal_data (casualty_id, key_id, nonce, ciphertext, updated_at, updated_by, "
                        + "version) VALUES ('" + CASUALTY + "', '" + masters.current() + "', decode('"
                        + hex(Arrays.copyOf(legacy, 12)) + "', 'hex'), decode('"
                        + hex(Arrays.copyOfRange(legacy, 12, legacy.length)) + "', 'hex'), now(), 't', 1)",
                "INSERT INTO casualty_personal_data_aud (casualty_id, rev, revtype, key_id, nonce, ciphertext) "
                        + "SELECT casualty_id, (SELECT max(id) FROM revision), 0, key_id, nonce, ciphertext "
                        + "FROM casualty_personal_data");

        flyway("latest").migrate();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL search_path = " + SCHEMA + ", public");
            }
            DataKeys keys = new DataKeys(masters);
            SecretKey shared = keys.shared(connection);
            assertEquals("Legacy-INJ-3301 burns", text(shared, single(connection,
                    "SELECT injuries_sealed FROM casualty")));
            assertEquals("Legacy-INJ-3301 burns", text(shared, single(connection,
                    "SELECT injuries_sealed FROM casualty_aud")));
            assertEquals("Legacy-NOTE-4401", text(shared, single(connection, "SELECT notes_sealed FROM assistance")));
            assertEquals("Legacy-ANSWER-5501", new String(Aes.open(shared, single(connection,
                    "SELECT body_sealed FROM idempotency_key"), Sealing.label(Sealing.answerLabel("user-x", "k1"))),
                    StandardCharsets.UTF_8));
            assertArrayEquals(IDENTITY, Aes.open(keys.person(connection, CASUALTY).orElseThrow(),
                    single(connection, "SELECT sealed FROM casualty_personal_data"), Sealing.personal(CASUALTY)));
            String everything = text(connection, "SELECT string_agg(query_to_xml(format('SELECT string_agg(t::text, "
                    + "chr(10)) FROM " + SCHEMA + ".%I t', table_name), true, false, '')::text, chr(10)) FROM "
                    + "information_schema.tables WHERE table_schema = '" + SCHEMA + "'");
            for (String marker : new String[] {"Legacy-INJ-3301", "Legacy-NOTE-4401", "Legacy-NAME-2201",
                    "Legacy-ANSWER-5501", hex("Legacy-ANSWER-5501".getBytes(StandardCharsets.UTF_8)),
                    hex(Arrays.copyOfRange(legacy, 12, legacy.length))}) {
                assertFalse(everything.contains(marker), marker + " is left after the migration");
            }
            connection.rollback();
        }
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).load();
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("RESET search_path");
        }
    }

    private static String text(SecretKey shared, byte[] sealed) throws Exception {
        return new String(Aes.open(shared, sealed, Sealing.label(SealedText.LABEL)), StandardCharsets.UTF_8);
    }

    private static byte[] single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBytes(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
