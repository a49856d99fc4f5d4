package org.cairn.victim;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssistanceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void victimAssistanceOfficersFollowNeedsAndServices() {
        String casualty = casualty();
        String id = as("victim_assistance").contentType("application/json")
                .body(Map.of("type", "PHYSICAL_REHABILITATION", "status", "REFERRED", "providerOrganisationId",
                        Organisations.BRAVO, "referredTo", "Regional orthopaedic centre", "referredOn", "2026-10-20"))
                .when().post(assistance(casualty))
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/assistance/"))
                .body("recipient", equalTo("CASUALTY"))
                .extract().path("id");
        as("victim_assistance").contentType("application/json")
                .body(Map.of("recipient", "INDIRECT_VICTIM", "relation", "Mother", "type", "PSYCHOLOGICAL_SUPPORT",
                        "status", "NEEDED"))
                .when().post(assistance(casualty)).then().statusCode(201);

        as("admin").when().get(assistance(casualty)).then().statusCode(200)
                .body("items.type", contains("PHYSICAL_REHABILITATION", "PSYCHOLOGICAL_SUPPORT"));
        as("victim_assistance").contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("type", "PHYSICAL_REHABILITATION", "status", "PROVIDED", "startedOn", "2026-10-25",
                        "completedOn", "2026-11-20"))
                .when().put("/api/v1/assistance/" + id).then().statusCode(200).body("status", equalTo("PROVIDED"));
    }

    @Test
    void otherRolesSeeNoneOfIt() {
        String casualty = casualty();
        String id = as("victim_assistance").contentType("application/json")
                .body(Map.of("type", "EDUCATION", "status", "NEEDED")).when().post(assistance(casualty))
                .then().statusCode(201).extract().path("id");

        for (String role : List.of("viewer", "field_surveyor", "operator", "data_manager", "partner")) {
            as(role).when().get(assistance(casualty)).then().statusCode(403);
            as(role).when().get("/api/v1/assistance/" + id).then().statusCode(403);
            as(role).contentType("application/json").body(Map.of("type", "EDUCATION", "status", "NEEDED"))
                    .when().post(assistance(casualty)).then().statusCode(403);
        }
    }

    @Test
    void badRecordsAreRefusedAndNothingIsWritten() {
        String casualty = casualty();
        String before = Database.single(dataSource, "SELECT count(*) FROM assistance");

        as("victim_assistance").contentType("application/json").body(Map.of("type", "HOUSING", "status", "NEEDED"))
                .when().post(assistance(casualty)).then().statusCode(422).body("errors.field", hasItem("type"));
        as("victim_assistance").contentType("application/json").body(Map.of("type", "LEGAL"))
                .when().post(assistance(casualty)).then().statusCode(422).body("errors.field", hasItem("status"));
        as("victim_assistance").contentType("application/json").body(Map.of("type", "LEGAL", "status", "PROVIDED",
                        "startedOn", "2026-10-25", "completedOn", "2026-10-01"))
                .when().post(assistance(casualty)).then().statusCode(422).body("errors.field", hasItem("completedOn"));
        as("victim_assistance").contentType("application/json").body(Map.of("type", "LEGAL", "status", "NEEDED",
                        "relation", "Cousin"))
                .when().post(assistance(casualty)).then().statusCode(422).body("errors.field", hasItem("relation"));

        assertEquals(before, Database.single(dataSource, "SELECT count(*) FROM assistance"));
    }

    private static String casualty() {
        return Records.casualty(Features.casualty(Records.accident(accident("MINE", 162.0, 62.0)), "INJURED", "MALE",
                22));
    }

    private static String assistance(String casualty) {
        return "/api/v1/casualties/" + casualty + "/assistance";
    }
}
