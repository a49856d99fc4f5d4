package org.cairn.victim;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataTest {

    private static final Map<String, Object> PERSON = Map.of("name", "Nyabol Garang", "dateOfBirth", "2011-04-02",
            "identityNumber", "KL-0042-7781", "phone", "+000 912 555 0199", "address", "Tamsa village",
            "informant", Map.of("name", "Deng Garang", "phone", "+000 912 555 0200", "relation", "Brother"));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void victimAssistanceOfficersRecordAndReadIt() {
        String casualty = casualtyWithPersonalData();

        as("victim_assistance").when().get(path(casualty)).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Nyabol Garang"))
                .body("dateOfBirth", equalTo("2011-04-02"))
                .body("informant.relation", equalTo("Brother"));
        as("admin").contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("name", "Nyabol Garang Deng", "phone", "+000 912 555 0199"))
                .when().put(path(casualty)).then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("Nyabol Garang Deng"));
        as("admin").contentType("application/json").header("If-Match", "\"1\"").body(Map.of("name", "Stale"))
                .when().put(path(casualty)).then().statusCode(412);
    }

    @Test
    void noOtherRoleReachesIt() {
        String casualty = casualtyWithPersonalData();
        for (String role : List.of("viewer", "field_surveyor", "operator", "data_manager", "partner")) {
            as(role).when().get(path(casualty)).then().statusCode(403);
            as(role).contentType("application/json").body(Map.of("name", "X")).when().put(path(casualty))
                    .then().statusCode(403);
        }
    }

    /** The database, its audit tables included, holds the data only as ciphertext. */
    @Test
    void theDatabaseHoldsNoPlaintext() {
        casualtyWithPersonalData();
        as("victim_assistance").contentType("application/json").body(PERSON).header("If-Match", "*")
                .when().put(path(casualtyWithPersonalData())).then().statusCode(200);

        String everything = Database.single(dataSource, """
                SELECT string_agg(row_text, E'\\n') FROM (
                    SELECT t::text AS row_text FROM casualty_personal_data t
                    UNION ALL SELECT t::text FROM casualty_personal_data_aud t
                    UNION ALL SELECT t::text FROM casualty t
                    UNION ALL SELECT t::text FROM casualty_aud t
                    UNION ALL SELECT t::text FROM revision t) rows""");
        for (String secret : List.of("Nyabol", "Garang", "KL-0042-7781", "912 555 0199", "Tamsa")) {
            assertFalse(everything.contains(secret), secret + " stored in plaintext");
            String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
            assertFalse(everything.contains(hex), secret + " stored as plaintext bytes");
        }
    }

    @Test
    void erasingItKeepsTheCasualty() {
        String casualty = casualtyWithPersonalData();

        as("victim_assistance").when().delete(path(casualty)).then().statusCode(204);

        as("victim_assistance").when().get(path(casualty)).then().statusCode(404);
        as("victim_assistance").when().get("/api/v1/casualties/" + casualty).then().statusCode(200);
    }

    @Test
    void badPersonalDataIsRefusedAndNothingIsWritten() {
        String accident = Records.accident(accident("MINE", 161.0, 61.0));
        String casualty = Records.casualty(casualty(accident, "INJURED", "MALE", 30));
        String before = Database.single(dataSource, "SELECT count(*) FROM casualty_personal_data");

        as("victim_assistance").contentType("application/json").body(Map.of("phone", "+000 1"))
                .when().put(path(casualty)).then().statusCode(422).body("errors.field", hasItem("name"));
        as("victim_assistance").contentType("application/json").body(Map.of("name", "A", "dateOfBirth", "2011-13-40"))
                .when().put(path(casualty)).then().statusCode(422);
        as("victim_assistance").contentType("application/json").body(Map.of("name", "A", "religion", "x"))
                .when().put(path(casualty)).then().statusCode(400);
        as("victim_assistance").contentType("application/json").body(Map.of("name", "A"))
                .when().put(path(UUID.randomUUID().toString())).then().statusCode(404);

        assertEquals(before, Database.single(dataSource, "SELECT count(*) FROM casualty_personal_data"));
    }

    static String casualtyWithPersonalData() {
        String accident = Records.accident(accident("MINE", 161.5, 61.5));
        String casualty = Records.casualty(casualty(accident, "INJURED", "FEMALE", 15));
        as("victim_assistance").contentType("application/json").body(PERSON).when().put(path(casualty))
                .then().statusCode(201);
        return casualty;
    }

    private static String path(String casualty) {
        return "/api/v1/casualties/" + casualty + "/personal-data";
    }
}
