package org.cairn.organisation;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationTest {

    private static final String ORGANISATIONS = "/api/v1/organisations";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOrganisationIsRecordedAndReadBack() {
        String name = Features.uniqueName("Charlie Clearance");
        Map<String, Object> body = Map.of("name", name, "acronym", "CC", "type", "COMMERCIAL",
                "accreditation", Map.of("activityTypes", List.of("CLEARANCE", "BAC"), "validUntil", "2027-03-31"),
                "contact", Map.of("name", "Ops", "email", "ops@charlie.example", "phone", "+000 1"));

        String id = dataManager().contentType("application/json").body(body).when().post(ORGANISATIONS)
                .then().statusCode(201).header("ETag", "\"1\"").extract().path("id");

        as("viewer").when().get(ORGANISATIONS + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("type", equalTo("COMMERCIAL"))
                .body("accreditation.activityTypes", contains("CLEARANCE", "BAC"))
                .body("accreditation.validUntil", equalTo("2027-03-31"))
                .body("contact.email", equalTo("ops@charlie.example"));
        as("partner").when().get(ORGANISATIONS).then().statusCode(200).body("items.name", hasItems(name,
                "Alpha Demining"));
        dataManager().contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("name", name, "type", "NGO")).when().put(ORGANISATIONS + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("type", equalTo("NGO"));
    }

    @Test
    void hazardAreasReferToTheirOrganisation() {
        Map<String, Object> hazard = Features.hazard(Features.uniqueName("ref"), Features.square(130.0, 40.0, 0.01));
        Features.properties(hazard).put("reportingOrganisationId", UUID.randomUUID().toString());

        dataManager().contentType("application/geo+json").body(hazard).when().post("/api/v1/hazard-areas")
                .then().statusCode(422).body("errors.field", hasItem("properties.reportingOrganisationId"));
        Features.properties(hazard).put("reportingOrganisationId", Organisations.BRAVO);
        dataManager().contentType("application/geo+json").body(hazard).when().post("/api/v1/hazard-areas")
                .then().statusCode(201).body("properties.reportingOrganisationName", equalTo("Bravo Clearance"));
    }

    @Test
    void badOrganisationsAreRefusedAndNothingIsWritten() {
        String before = Database.single(dataSource, "SELECT count(*) FROM organisation");

        dataManager().contentType("application/json").body(Map.of("name", "Alpha Demining", "type", "NGO"))
                .when().post(ORGANISATIONS).then().statusCode(409);
        dataManager().contentType("application/json").body(Map.of("name", "X", "type", "CHARITY"))
                .when().post(ORGANISATIONS).then().statusCode(422).body("errors.field", hasItem("type"));
        dataManager().contentType("application/json").body(Map.of("type", "NGO"))
                .when().post(ORGANISATIONS).then().statusCode(422).body("errors.field", hasItem("name"));
        dataManager().contentType("application/json")
                .body(Map.of("name", "Y", "type", "NGO", "contact", Map.of("email", "not an address")))
                .when().post(ORGANISATIONS).then().statusCode(422).body("errors.field", hasItem("contact.email"));
        dataManager().contentType("application/json")
                .body(Map.of("name", "Z", "type", "NGO", "accreditation", Map.of("activityTypes", List.of("DIGGING"))))
                .when().post(ORGANISATIONS).then().statusCode(422);
        dataManager().contentType("application/json").body(Map.of("name", "W", "type", "NGO", "colour", "red"))
                .when().post(ORGANISATIONS).then().statusCode(400);

        assertEquals(before, Database.single(dataSource, "SELECT count(*) FROM organisation"));
    }
}
