package org.cairn.sealing;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Cairn keeps of people is sealed: nothing of it lies in any table in the clear, and erasure
 * destroys the one key that opens a person's identity, wherever copies of it went.
 */
@QuarkusTest
class SealingTest {

    private static final Path KEY_FILE = Path.of("target", "test-keys", "personal-data.key");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sealing sealing;

    @TempDir
    Path keys;

    @Test
    void noTableHoldsHealthDataOrIdentityInTheClear() {
        String accident = Records.accident(accident("MINE", 162.5, 62.5));
        Map<String, Object> injured = casualty(accident, "INJURED", "FEMALE", 9);
        injured.put("injuries", "Marker-INJ-7781 partial amputation");
        String key = UUID.randomUUID().toString();
        String casualty = as("victim_assistance").header("Idempotency-Key", key).contentType("application/json")
                .body(injured).when().post("/api/v1/casualties").then().statusCode(201).extract().path("id");
        injured.put("injuries", "Marker-INJ-9902 healed");
        as("victim_assistance").contentType("application/json").header("If-Match", "\"1\"").body(injured)
                .when().put("/api/v1/casualties/" + casualty).then().statusCode(200);
        as("victim_assistance").contentType("application/json")
                .body(Map.of("type", "PHYSICAL_REHABILITATION", "status", "REFERRED", "recipient", "INDIRECT_VICTIM",
                        "relation", "Marker-REL-9921 mother", "referredTo", "Marker-REF-3310 orthopaedic centre",
                        "notes", "Marker-NOTE-5521 seen by the nurse"))
                .when().post("/api/v1/casualties/" + casualty + "/assistance").then().statusCode(201);
        as("victim_assistance").contentType("application/json").body(Map.of("name", "Marker-NAME-6614 Achan"))
                .when().put("/api/v1/casualties/" + casualty + "/personal-data").then().statusCode(201);
        Map<String, Object> reported = casualty(accident, "KILLED", "MALE", 40);
        reported.put("injuries", "Marker-INJ-4417 blast");
        as("data_manager").contentType("application/json")
                .body(FieldReports.report(Organisations.ALPHA, FieldReports.newRecord("CASUALTY", reported)))
                .when().post("/api/v1/field-reports").then().statusCode(201);

        String everything = Database.everything(dataSource);
        for (String marker : List.of("Marker-INJ-7781", "Marker-INJ-9902", "Marker-REL-9921", "Marker-REF-3310",
                "Marker-NOTE-5521", "Marker-NAME-6614", "Marker-INJ-4417")) {
            assertFalse(everything.contains(marker), marker + " lies in the clear");
            assertFalse(everything.contains(HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8))),
                    marker + " lies in the clear as bytes");
        }

        // Those who may read them read them as they were written.
        as("victim_assistance").when().get("/api/v1/casualties/" + casualty).then()
                .body("injuries", equalTo("Marker-INJ-9902 healed"));
        as("victim_assistance").when().get("/api/v1/casualties/" + casualty + "/assistance").then()
                .body("items[0].notes", equalTo("Marker-NOTE-5521 seen by the nurse"))
                .body("items[0].referredTo", equalTo("Marker-REF-3310 orthopaedic centre"))
                .body("items[0].relation", equalTo("Marker-REL-9921 mother"));
        as("victim_assistance").when().get("/api/v1/casualties/" + casualty + "/history").then().statusCode(200)
                .body("versions[1].changes.find { it.field == 'injuries' }.old",
                        equalTo("Marker-INJ-7781 partial amputation"))
                .body("versions[1].changes.find { it.field == 'injuries' }.new", equalTo("Marker-INJ-9902 healed"));
        injured.put("injuries", "Marker-INJ-7781 partial amputation");
        as("victim_assistance").header("Idempotency-Key", key).contentType("application/json").body(injured)
                .when().post("/api/v1/casualties").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("injuries", equalTo("Marker-INJ-7781 partial amputation"));
    }

    /** A copy of the sealed identity, as a backup holds it, no longer opens once the person is erased. */
    @Test
    void erasureDestroysThePersonsKeySoThatNoCopyOpens() {
        String casualty = casualtyWithPersonalData();
        byte[] copy = sealedPersonalData(casualty);
        QuarkusTransaction.requiringNew().run(() -> assertTrue(sealing.openPersonal(UUID.fromString(casualty), copy)
                .isPresent()));

        as("victim_assistance").when().delete(personalData(casualty)).then().statusCode(204);

        assertEquals("0", Database.single(dataSource, "SELECT count(*) FROM data_key WHERE id = ?::uuid", casualty));
        assertEquals("0", Database.single(dataSource,
                "SELECT count(*) FROM casualty_personal_data WHERE casualty_id = ?::uuid", casualty));
        QuarkusTransaction.requiringNew().run(() -> assertTrue(sealing.openPersonal(UUID.fromString(casualty), copy)
                .isEmpty()));
        assertFalse(Database.everything(dataSource).contains(HexFormat.of().formatHex(copy)));
        // The history says who changed it and when, nothing more.
        assertEquals("2", Database.single(dataSource,
                "SELECT count(*) FROM casualty_personal_data_aud WHERE casualty_id = ?::uuid", casualty));
        as("victim_assistance").when().get(personalData(casualty)).then().statusCode(404);
        as("victim_assistance").when().delete(personalData(casualty)).then().statusCode(404);
    }

    @Test
    void deletingACasualtyErasesItsPersonalData() {
        String casualty = casualtyWithPersonalData();

        as("data_manager").header("If-Match", "\"1\"").when().delete("/api/v1/casualties/" + casualty).then()
                .statusCode(204);

        assertEquals("0", Database.single(dataSource, "SELECT count(*) FROM data_key WHERE id = ?::uuid", casualty));
        assertEquals("0", Database.single(dataSource,
                "SELECT count(*) FROM casualty_personal_data WHERE casualty_id = ?::uuid", casualty));
    }

    /** Deleted before deleting erased, a casualty kept its identity: that is erasable, not a 404 for ever. */
    @Test
    void theIdentityOfACasualtyDeletedEarlierCanBeErased() {
        String casualty = casualtyWithPersonalData();
        Database.execute(dataSource, "UPDATE casualty SET deleted_at = now(), deleted_by = 'earlier' WHERE id = '"
                + UUID.fromString(casualty) + "'");

        as("victim_assistance").when().delete(personalData(casualty)).then().statusCode(204);

        assertEquals("0", Database.single(dataSource, "SELECT count(*) FROM data_key WHERE id = ?::uuid", casualty));
    }

    /**
     * A new master key first in the file seals every data key again; the old one can then be taken
     * out, and a backup taken before, whose data keys only the old one opens, opens no more.
     */
    @Test
    void aNewMasterKeyTakesOverAndTheRetiredOneTakesOldBackupsWithIt() throws Exception {
        String casualty = casualtyWithPersonalData();
        String old = Files.readString(KEY_FILE).trim();
        byte[] raw = new byte[Aes.KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        String fresh = Base64.getEncoder().encodeToString(raw);
        MasterKeys rotated = MasterKeys.load(write("rotated.key", "# new first, old still opening\n" + fresh + "\n"
                + old + "\n"));
        MasterKeys retired = MasterKeys.load(write("retired.key", fresh + "\n"));
        UUID person = UUID.fromString(casualty);

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            byte[] backup = sealedKey(connection, person);
            assertTrue(new DataKeys(rotated).reseal(connection) >= 2, "the shared key and the person's");
            assertEquals("0", count(connection, "SELECT count(*) FROM data_key WHERE master_key_id <> '"
                    + rotated.current() + "'"));
            assertTrue(new DataKeys(retired).person(connection, person).isPresent(), "opens without the old key");
            new DataKeys(retired).shared(connection);
            setSealedKey(connection, person, backup, MasterKeys.load(KEY_FILE).current());
            assertThrows(IllegalStateException.class, () -> new DataKeys(retired).person(connection, person),
                    "the backup's key needs the retired master key");
            connection.rollback();
        }
    }

    @Test
    void aKeyFileWithoutAKeyStopsTheServiceAndSaysWhy() throws IOException {
        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> MasterKeys.load(write("empty.key", "# nothing\n\n")));
        assertTrue(empty.getMessage().contains("holds no key"), empty.getMessage());
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> MasterKeys.load(write("bad.key", Base64.getEncoder().encodeToString(new byte[16]) + "\n")));
        assertTrue(bad.getMessage().contains("line 1"), bad.getMessage());
        assertThrows(IllegalStateException.class, () -> MasterKeys.load(keys.resolve("missing.key")));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(keys.resolve(name), content);
    }

    private static String casualtyWithPersonalData() {
        String accident = Records.accident(accident("MINE", 162.0, 62.0));
        String casualty = Records.casualty(casualty(accident, "INJURED", "MALE", 33));
        as("victim_assistance").contentType("application/json").body(Map.of("name", "Lual Majok"))
                .when().put(personalData(casualty)).then().statusCode(201);
        as("victim_assistance").when().get(personalData(casualty)).then().statusCode(200)
                .body("name", equalTo("Lual Majok"));
        return casualty;
    }

    private static String personalData(String casualty) {
        return "/api/v1/casualties/" + casualty + "/personal-data";
    }

    private byte[] sealedPersonalData(String casualty) {
        return HexFormat.of().parseHex(Database.single(dataSource, "SELECT encode(sealed, 'hex') FROM "
                + "casualty_personal_data WHERE casualty_id = ?::uuid", casualty));
    }

    private static byte[] sealedKey(Connection connection, UUID person) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT sealed_key FROM data_key WHERE id = ?")) {
            select.setObject(1, person);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    private static void setSealedKey(Connection connection, UUID person, byte[] sealed, String masterKeyId)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE data_key SET sealed_key = ?, master_key_id = ? WHERE id = ?")) {
            update.setBytes(1, sealed);
            update.setString(2, masterKeyId);
            update.setObject(3, person);
            update.executeUpdate();
        }
    }

    private static String count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
