package org.cairn.eore;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.eoreSession;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EoreSessionTest {

    private static final String SESSIONS = "/api/v1/eore-sessions";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOperatorRecordsItsOwnSessionsAndEveryChannelCarriesThem() {
        String hazard = Records.hazardArea(hazard(Features.uniqueName("Kilo 7 field"), square(154.31, -34.05, 0.002)));
        Map<String, Object> session = eoreSession(154.3, -34.0, Organisations.ALPHA, 14, 17, 9, 6);
        properties(session).put("hazardAreaIds", List.of(hazard));
        Map<String, Object> audience = (Map<String, Object>) properties(session).get("audience");
        audience.put("personsWithDisabilities", 2);
        audience.put("displacedPersons", 11);
        String community = (String) properties(session).get("community");

        String id = as("operator", Organisations.ALPHA).contentType("application/geo+json").body(session)
                .when().post(SESSIONS).then().statusCode(201)
                .body("properties.localId", startsWith("EORE-"))
                .body("properties.beneficiaries", equalTo(46))
                .body("properties.audience.displacedPersons", equalTo(11))
                .body("properties.hazardAreaIds", contains(hazard))
                .extract().path("id");

        as("viewer").when().get(SESSIONS + "?hazardAreaId=" + hazard).then().statusCode(200)
                .body("features.id", contains(id));
        as("viewer").when().get(SESSIONS + "?q=" + community + "&topic=REPORTING&deliveryMethod=DIRECT_SESSION")
                .then().statusCode(200).body("features.id", contains(id));
        as("viewer").when().get(SESSIONS + "?q=" + community + "&deliveryMethod=SCHOOL").then().statusCode(200)
                .body("numberReturned", equalTo(0));
        as("partner").when().get("/ogc/collections/eore-sessions/items?filter=community='" + community + "'")
                .then().statusCode(200).body("features[0].properties.audience.girls", equalTo(14));
        as("viewer").when().get("/api/v1/exports/eore-sessions?format=csv&q=" + community).then().statusCode(200)
                .body(containsString(community));
        as("viewer").when().get("/api/v1/changes?collections=eore-sessions&limit=1000").then().statusCode(200)
                .body("entries.id", hasItem(id));

        properties(session).put("deliveryMethod", "SCHOOL");
        as("operator", Organisations.ALPHA).contentType("application/geo+json").header("If-Match", "\"1\"")
                .body(session).when().put(SESSIONS + "/" + id).then().statusCode(200)
                .body("properties.deliveryMethod", equalTo("SCHOOL"));
        as("viewer").when().get(SESSIONS + "/" + id + "/history").then().statusCode(200)
                .body("versions.size()", equalTo(2));
    }

    @Test
    void anOperatorNeitherRecordsNorChangesAnotherOrganisationsSessions() {
        Map<String, Object> bravos = eoreSession(154.3, -34.0, Organisations.BRAVO, 1, 1, 1, 1);
        as("operator", Organisations.ALPHA).contentType("application/geo+json").body(bravos)
                .when().post(SESSIONS).then().statusCode(403);
        String id = as("operator", Organisations.BRAVO).contentType("application/geo+json").body(bravos)
                .when().post(SESSIONS).then().statusCode(201).extract().path("id");

        as("operator", Organisations.ALPHA).contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("staffCount", 3))).when().patch(SESSIONS + "/" + id)
                .then().statusCode(403);
        as("operator", Organisations.ALPHA).when().delete(SESSIONS + "/" + id).then().statusCode(403);
        as("operator", Organisations.BRAVO).contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("reportingOrganisationId", Organisations.ALPHA)))
                .when().patch(SESSIONS + "/" + id).then().statusCode(403);
        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("staffCount", 3))).when().patch(SESSIONS + "/" + id)
                .then().statusCode(200).body("properties.staffCount", equalTo(3));
        as("field_surveyor").contentType("application/geo+json").body(eoreSession(154.3, -34.0, Organisations.ALPHA,
                1, 1, 1, 1)).when().post(SESSIONS).then().statusCode(403);
    }

    @Test
    void badSessionsAreRefusedNamingTheFieldAndNothingIsStored() {
        String before = count();
        refused(p -> ((Map<String, Object>) p.get("audience")).remove("girls"), "properties.audience.girls");
        refused(p -> ((Map<String, Object>) p.get("audience")).put("boys", -1), "properties.audience.boys");
        refused(p -> ((Map<String, Object>) p.get("audience")).put("boys", "many"), "properties.audience.boys");
        refused(p -> ((Map<String, Object>) p.get("audience")).put("men", 2_000_000), "properties.audience.men");
        refused(p -> ((Map<String, Object>) p.get("audience")).put("personsWithDisabilities", 5),
                "properties.audience.personsWithDisabilities");
        refused(p -> p.put("audience", Map.of("girls", 0, "boys", 0, "women", 0, "men", 0)), "properties.audience");
        refused(p -> p.put("deliveryMethod", "CARRIER_PIGEON"), "properties.deliveryMethod");
        refused(p -> p.put("topics", Arrays.asList("REPORTING", null)), "properties.topics[1]");
        refused(p -> p.put("hazardAreaIds", List.of("6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a02")),
                "properties.hazardAreaIds[0]");
        refused(p -> p.put("campaignId", "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a02"), "properties.campaignId");
        refused(p -> p.put("dateOfInformation", "2026-11-01"), "properties.dateOfInformation");
        refused(p -> p.put("date", "2999-01-01"), "properties.date");
        refused(p -> p.put("community", "Kilo\u00007"), "properties.community");
        refused(p -> p.put("staffCount", 0), "properties.staffCount");
        Map<String, Object> polygon = eoreSession(154.3, -34.0, Organisations.AUTHORITY, 1, 1, 1, 1);
        polygon.put("geometry", square(154.3, -34.0, 0.01));
        dataManager().contentType("application/geo+json").body(polygon).when().post(SESSIONS).then().statusCode(422)
                .body("errors.field", hasItem("geometry.type"));
        assertEquals(before, count());
    }

    @Test
    void aCampaignIsDrawnAsTheAreasItCoveredAndKeepsItsSessions() {
        Database.execute(dataSource, """
                INSERT INTO admin_area (pcode, name, level, parent_pcode, lineage, geom, created_at, updated_at)
                VALUES ('ZE', 'Echoland', 0, NULL, '{ZE}', ST_Multi(ST_MakeEnvelope(154.0, -34.2, 154.4, -33.9, 4326)),
                        now(), now()),
                       ('ZE01', 'Echo Province', 1, 'ZE', '{ZE,ZE01}',
                        ST_Multi(ST_MakeEnvelope(154.0, -34.2, 154.4, -33.9, 4326)), now(), now()),
                       ('ZE0101', 'Echo West', 2, 'ZE01', '{ZE,ZE01,ZE0101}',
                        ST_Multi(ST_MakeEnvelope(154.0, -34.2, 154.2, -33.9, 4326)), now(), now())
                ON CONFLICT (pcode) DO NOTHING""");
        String name = Features.uniqueName("Radio spots");
        Map<String, Object> campaign = Map.of("type", "Feature", "geometry", Map.of(), "properties", Map.of(
                "name", name, "media", List.of("RADIO", "SMS"), "startDate", "2026-06-01", "endDate", "2026-08-31",
                "adminAreas", List.of("ZE01"), "estimatedReach", 250_000,
                "reportingOrganisationId", Organisations.ALPHA, "dateOfInformation", "2026-09-02"));
        String id = as("operator", Organisations.ALPHA).contentType("application/geo+json").body(campaign)
                .when().post("/api/v1/eore-campaigns").then().statusCode(201)
                .body("properties.localId", startsWith("CAM-"))
                .body("geometry.type", equalTo("MultiPolygon"))
                .extract().path("id");
        // A campaign for the province reaches its districts.
        as("viewer").when().get("/api/v1/eore-campaigns?adminArea=ZE0101&q=" + name).then().statusCode(200)
                .body("features.id", contains(id));
        as("viewer").when().get("/api/v1/eore-campaigns?adminArea=ZE&q=" + name).then().statusCode(200)
                .body("features.id", contains(id));
        Map<String, Object> session = eoreSession(154.1, -34.0, Organisations.ALPHA, 3, 4, 5, 6);
        properties(session).put("campaignId", id);
        properties(session).put("deliveryMethod", "MEDIA");
        String sessionId = Records.eoreSession(session);
        as("viewer").when().get(SESSIONS + "/" + sessionId).then().statusCode(200)
                .body("properties.adminArea", equalTo("ZE0101"));
        as("operator", Organisations.ALPHA).when().delete("/api/v1/eore-campaigns/" + id).then().statusCode(409);
        // Another organisation may not tie its sessions to the campaign, which it could then not delete.
        Map<String, Object> bravos = eoreSession(154.1, -34.0, Organisations.BRAVO, 1, 1, 1, 1);
        properties(bravos).put("campaignId", id);
        as("operator", Organisations.BRAVO).contentType("application/geo+json").body(bravos).when()
                .post(SESSIONS).then().statusCode(422).body("errors.field", hasItem("properties.campaignId"));

        Map<String, Object> unknownArea = new java.util.HashMap<>(campaign);
        unknownArea.put("properties", Map.of("name", name, "media", List.of("RADIO"), "startDate", "2026-06-01",
                "adminAreas", List.of("NOWHERE1"), "estimatedReach", 1, "reportingOrganisationId",
                Organisations.ALPHA, "dateOfInformation", "2026-09-02"));
        dataManager().contentType("application/geo+json").body(unknownArea).when().post("/api/v1/eore-campaigns")
                .then().statusCode(422).body("errors.field", hasItem("properties.adminAreas[0]"));
        dataManager().contentType("application/geo+json").body(Map.of("type", "Feature", "properties", Map.of(
                "name", name, "media", List.of(), "startDate", "2026-06-01", "estimatedReach", -3,
                "reportingOrganisationId", Organisations.ALPHA, "dateOfInformation", "2026-05-02")))
                .when().post("/api/v1/eore-campaigns").then().statusCode(422)
                .body("errors.field", hasItems("properties.media", "properties.estimatedReach",
                        "properties.dateOfInformation"));
    }

    @Test
    void everyNewCollectionExportsInEveryFormat() {
        Records.eoreSession(eoreSession(154.3, -34.0, Organisations.AUTHORITY, 1, 1, 1, 1));
        for (String collection : List.of("eore-sessions", "eore-campaigns", "monitoring-visits",
                "post-clearance-inspections")) {
            for (String format : List.of("geojson", "csv", "kml", "gpkg")) {
                byte[] file = as("admin").when().get("/api/v1/exports/" + collection + "?format=" + format).then()
                        .statusCode(200).extract().asByteArray();
                assertTrue(file.length > 0, collection + " as " + format);
            }
        }
        as("viewer").when().get("/api/v1/exports/monitoring-visits").then().statusCode(403);
        // A selection of nothing is still a table: its header, no rows.
        as("viewer").when().get("/api/v1/exports/eore-campaigns?format=csv&q=no-such-campaign").then()
                .statusCode(200).body(startsWith("id,wkt,localId,name,media,"));
    }

    private void refused(Consumer<Map<String, Object>> spoil, String field) {
        Map<String, Object> session = eoreSession(154.3, -34.0, Organisations.AUTHORITY, 1, 1, 1, 1);
        spoil.accept(properties(session));
        dataManager().contentType("application/geo+json").body(session).when().post(SESSIONS).then()
                .statusCode(anyOf(equalTo(400), equalTo(422)))
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private String count() {
        return Database.single(dataSource, "SELECT count(*) FROM eore_session");
    }
}
