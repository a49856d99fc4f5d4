package org.cairn.victim;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Coordinates;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccidentTest {

    private static final String ACCIDENTS = "/api/v1/accidents";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theExactPlaceIsForTheSensitiveDataPermissionOnly() {
        String id = Records.accident(accident("MINE", 150.0321, 50.0789));

        for (String role : List.of("victim_assistance", "admin")) {
            Map<String, Object> exact = as(role).when().get(ACCIDENTS + "/" + id).then().statusCode(200)
                    .body("properties.time", equalTo("14:30"))
                    .body("properties.accuracyM", equalTo(10.0))
                    .body("properties.locationGeneralised", equalTo(false))
                    .extract().path("geometry");
            assertEquals(Coordinates.asDoubles(List.of(150.0321, 50.0789)), Coordinates.asDoubles(exact.get("coordinates")));
        }
        for (String role : List.of("viewer", "field_surveyor", "operator", "data_manager", "partner")) {
            Map<String, Object> generalised = as(role, Organisations.AUTHORITY)
                    .when().get(ACCIDENTS + "/" + id).then().statusCode(200)
                    .body("properties.time", nullValue())
                    .body("properties.accuracyM", nullValue())
                    .body("properties.locationGeneralised", equalTo(true))
                    .body("properties.generalisationCellDegrees", equalTo(0.1))
                    .extract().path("geometry");
            assertEquals(Coordinates.asDoubles(List.of(150.05, 50.05)), Coordinates.asDoubles(
                    generalised.get("coordinates")), role);
        }
    }

    @Test
    void aDataManagerPuttingBackWhatItReadNeitherMovesTheAccidentNorErasesWhatItWasNotShown() {
        Map<String, Object> recorded = accident("MINE", 150.2321, 50.0789);
        properties(recorded).put("description", "Goat herder on the old road");
        properties(recorded).put("cause", "Stepped off the path");
        properties(recorded).put("hazardAreaId", Records.hazardArea(hazard(Features.uniqueName("Old road"),
                square(150.2321, 50.0789, 0.0002))));
        String id = Records.accident(recorded);
        Map<String, Object> read = as("data_manager", Organisations.AUTHORITY).when().get(ACCIDENTS + "/" + id)
                .then().statusCode(200).body("properties.locationGeneralised", equalTo(true)).extract().as(Map.class);
        properties(read).put("dateOfInformation", "2026-10-20");

        as("data_manager", Organisations.AUTHORITY).contentType("application/geo+json").header("If-Match", "\"1\"")
                .body(read).when().put(ACCIDENTS + "/" + id).then().statusCode(200);

        Map<String, Object> exact = as("victim_assistance").when().get(ACCIDENTS + "/" + id).then().statusCode(200)
                .body("properties.dateOfInformation", equalTo("2026-10-20"))
                .body("properties.description", equalTo("Goat herder on the old road"))
                .body("properties.cause", equalTo("Stepped off the path"))
                .body("properties.hazardAreaId", equalTo(properties(recorded).get("hazardAreaId")))
                .body("properties.time", equalTo("14:30"))
                .body("properties.accuracyM", equalTo(10.0))
                .extract().path("geometry");
        assertEquals(Coordinates.asDoubles(List.of(150.2321, 50.0789)), Coordinates.asDoubles(exact.get("coordinates")));
    }

    /**
     * A linked hazard area or activity is drawn at the true place (an EOD spot is a few metres
     * across), and free texts name people: none of them reaches a caller who sees the accident
     * generalised, and no filter on a link finds it for that caller.
     */
    @Test
    void linksAndFreeTextsThatWouldUndoTheGeneralisationAreWithheld() {
        String spot = Records.hazardArea(hazard(Features.uniqueName("EOD spot"), square(150.4321, 50.0789, 0.0002)));
        Map<String, Object> recorded = accident("MINE", 150.4321, 50.0789);
        properties(recorded).put("hazardAreaId", spot);
        properties(recorded).put("cause", "Amina picked it up near her house");
        properties(recorded).put("description", "The Deng family's field");
        String id = Records.accident(recorded);

        as("victim_assistance").when().get(ACCIDENTS + "/" + id).then().statusCode(200)
                .body("properties.hazardAreaId", equalTo(spot))
                .body("properties.cause", equalTo("Amina picked it up near her house"));
        as("victim_assistance").when().get(ACCIDENTS + "?hazardAreaId=" + spot).then().statusCode(200)
                .body("features.id", contains(id));
        for (String role : List.of("viewer", "field_surveyor", "operator", "data_manager", "partner")) {
            as(role, Organisations.AUTHORITY).when().get(ACCIDENTS + "/" + id).then().statusCode(200)
                    .body("properties.hazardAreaId", nullValue())
                    .body("properties.activityId", nullValue())
                    .body("properties.cause", nullValue())
                    .body("properties.description", nullValue());
            as(role, Organisations.AUTHORITY).when().get(ACCIDENTS + "?hazardAreaId=" + spot).then().statusCode(200)
                    .body("numberReturned", equalTo(0));
            as(role, Organisations.AUTHORITY).when().get("/ogc/collections/accidents/items?filter=cause LIKE 'Amina%'")
                    .then().statusCode(200).body("numberReturned", equalTo(0));
        }
    }

    /** A device at an accident is read only with the sensitive-data permission, and written only so. */
    @Test
    void whatACallerCannotReadItCannotChangeNorDelete() {
        String accident = Records.accident(accident("MINE", 150.6321, 50.0789));
        Map<String, Object> device = Features.device(150.6322, 50.0790, "AP_MINE", 1);
        String id = as("victim_assistance").contentType("application/geo+json").body(device).when()
                .post(ACCIDENTS + "/" + accident + "/devices").then().statusCode(201).extract().path("id");
        String before = Database.single(dataSource, "SELECT version || '/' || (deleted_at IS NULL) || '/' || quantity "
                + "FROM device_finding WHERE id = ?::uuid", id);
        properties(device).put("quantity", 9);

        as("data_manager").when().get("/api/v1/device-findings/" + id).then().statusCode(404);
        as("data_manager").contentType("application/geo+json").header("If-Match", "\"1\"").body(device).when()
                .put("/api/v1/device-findings/" + id).then().statusCode(404);
        as("data_manager").header("If-Match", "\"1\"").when().delete("/api/v1/device-findings/" + id).then()
                .statusCode(404);

        assertEquals(before, Database.single(dataSource, "SELECT version || '/' || (deleted_at IS NULL) || '/' "
                + "|| quantity FROM device_finding WHERE id = ?::uuid", id));
        as("admin").contentType("application/geo+json").header("If-Match", "\"1\"").body(device).when()
                .put("/api/v1/device-findings/" + id).then().statusCode(200);
    }

    @Test
    void aBboxAroundTheExactPlaceDoesNotFindItForOthers() {
        String id = Records.accident(accident("UXO_AXO", 151.0123, 51.0456));
        String around = "?bbox=151.01,51.04,151.02,51.05";

        as("victim_assistance").when().get(ACCIDENTS + around).then().statusCode(200).body("features.id", contains(id));
        as("viewer").when().get(ACCIDENTS + around).then().statusCode(200).body("numberReturned", equalTo(0));
        as("viewer").when().get(ACCIDENTS + "?bbox=151.04,51.04,151.06,51.06")
                .then().statusCode(200).body("features.id", contains(id));
    }

    @Test
    void theHistoryHoldsTheExactPlaceSoOnlyTheSensitiveDataPermissionReadsIt() {
        String id = Records.accident(accident("MINE", 152.5, 52.5));

        as("victim_assistance").when().get(ACCIDENTS + "/" + id + "/history").then().statusCode(200)
                .body("versions[0].geometry.coordinates", hasItem(152.5));
        as("data_manager").when().get(ACCIDENTS + "/" + id + "/history").then().statusCode(403);
    }

    @Test
    void demingAccidentsCarryTheirDetails() {
        Map<String, Object> demining = accident("DEMINING", 153.0, 53.0);
        properties(demining).put("demining", Map.of("ppeWorn", true, "procedureFollowed", false,
                "description", "Prodding at the wrong angle"));

        String id = Records.accident(demining);

        as("viewer").when().get(ACCIDENTS + "/" + id).then()
                .body("properties.demining.procedureFollowed", equalTo(false))
                .body("properties.demining.description", nullValue());
        as("victim_assistance").when().get(ACCIDENTS + "/" + id).then()
                .body("properties.demining.description", equalTo("Prodding at the wrong angle"));
    }

    @Test
    void badAccidentsAreRefusedAndNothingIsWritten() {
        Map<String, Object> unknownType = accident("LANDMINE", 154.0, 54.0);
        Map<String, Object> future = accident("MINE", 154.0, 54.0);
        properties(future).put("date", "2999-01-01");
        Map<String, Object> deminingDetailsElsewhere = accident("MINE", 154.0, 54.0);
        properties(deminingDetailsElsewhere).put("demining", Map.of("ppeWorn", true));
        Map<String, Object> unknownDevice = accident("MINE", 154.0, 54.0);
        properties(unknownDevice).put("ordnanceTypeId", UUID.randomUUID().toString());
        Map<String, Object> noOrganisation = accident("MINE", 154.0, 54.0);
        properties(noOrganisation).remove("reportingOrganisationId");
        Map<String, Object> polygon = accident("MINE", 154.0, 54.0);
        polygon.put("geometry", square(154.0, 54.0, 0.01));
        Map<String, Object> negativeAccuracy = accident("MINE", 154.0, 54.0);
        properties(negativeAccuracy).put("accuracyM", -3);
        String before = Database.single(dataSource, "SELECT count(*) FROM accident");

        Map<Map<String, Object>, String> cases = Map.of(
                unknownType, "properties.type",
                future, "properties.date",
                deminingDetailsElsewhere, "properties.demining",
                unknownDevice, "properties.ordnanceTypeId",
                noOrganisation, "properties.reportingOrganisationId",
                polygon, "geometry.type",
                negativeAccuracy, "properties.accuracyM");
        cases.forEach((body, field) -> as("victim_assistance").contentType("application/geo+json").body(body)
                .when().post(ACCIDENTS)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field)));
        as("viewer").contentType("application/geo+json").body(accident("MINE", 154.0, 54.0))
                .when().post(ACCIDENTS).then().statusCode(403);

        assertEquals(before, Database.single(dataSource, "SELECT count(*) FROM accident"));
    }
}
