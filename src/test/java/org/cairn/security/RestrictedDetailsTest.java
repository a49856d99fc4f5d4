package org.cairn.security;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.device;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/**
 * Ammunition storage and IED details are for restricted roles (the authority's data managers and
 * administrators): everyone else still sees where such a hazard or device is, and what it is, but
 * not what the store holds or how the device was made; in every answer, export, filter and history.
 */
@QuarkusTest
class RestrictedDetailsTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";
    private static final String COMMAND_WIRE_IED = "00000000-0000-4000-8000-000000000602";
    private static final String PMN_2 = "00000000-0000-4000-8000-000000000102";
    private static final List<String> UNRESTRICTED = List.of("viewer", "field_surveyor", "operator",
            "victim_assistance", "partner");

    @Test
    void whatAnAmmunitionStoreHoldsIsForRestrictedRolesOnly() {
        String name = uniqueName("store");
        Map<String, Object> store = hazard(name, square(156.0, -35.0, 0.01));
        properties(store).put("classification", "AMMUNITION_STORAGE");
        properties(store).put("description", "Bunker 3: 40 t of 122 mm rockets");
        String storeId = Records.hazardArea(store);
        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("status", "SUSPENDED", "statusChangeReason", "Security",
                        "statusChangeComment", "Guards withdrawn from bunker 3")))
                .when().patch(HAZARD_AREAS + "/" + storeId).then().statusCode(200);
        Map<String, Object> field = hazard(name, square(156.02, -35.0, 0.01));
        properties(field).put("description", "Mines seen near the well");
        String fieldId = Records.hazardArea(field);

        for (String role : UNRESTRICTED) {
            as(role).when().get(HAZARD_AREAS + "/" + storeId).then().statusCode(200)
                    .body("geometry", notNullValue())
                    .body("properties.classification", equalTo("AMMUNITION_STORAGE"))
                    .body("properties.status", equalTo("SUSPENDED"))
                    .body("properties.description", nullValue())
                    .body("properties.statusChangeComment", nullValue());
            as(role).when().get(HAZARD_AREAS + "?q=" + name).then().statusCode(200)
                    .body("features.id", hasItems(storeId, fieldId))
                    .body("features.find { it.id == '" + storeId + "' }.properties.description", nullValue())
                    .body("features.find { it.id == '" + fieldId + "' }.properties.description",
                            equalTo("Mines seen near the well"));
        }
        for (String role : List.of("data_manager", "admin")) {
            as(role).when().get(HAZARD_AREAS + "/" + storeId).then().statusCode(200)
                    .body("properties.description", equalTo("Bunker 3: 40 t of 122 mm rockets"))
                    .body("properties.statusChangeComment", equalTo("Guards withdrawn from bunker 3"));
        }
    }

    @Test
    void noExportFilterFeedOrHistoryGivesAStoresTextsAway() {
        String start = feedEnd();
        String name = uniqueName("store-elsewhere");
        Map<String, Object> store = hazard(name, square(156.2, -35.0, 0.01));
        properties(store).put("classification", "AMMUNITION_STORAGE");
        properties(store).put("description", "Depot of 82 mm mortar bombs");
        String id = Records.hazardArea(store);
        String secret = "mortar bombs";

        String csv = as("viewer").queryParam("q", name).queryParam("format", "csv")
                .when().get("/api/v1/exports/hazard-areas").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(id), csv);
        assertFalse(csv.contains(secret), csv);
        assertTrue(dataManager().queryParam("q", name).queryParam("format", "csv")
                .when().get("/api/v1/exports/hazard-areas").then().statusCode(200).extract().asString()
                .contains(secret));

        String filter = "name = '" + name + "' AND description LIKE '%mortar%'";
        as("viewer").queryParam("filter", filter).when().get("/ogc/collections/hazard-areas/items")
                .then().statusCode(200).body("numberReturned", equalTo(0));
        dataManager().queryParam("filter", filter).when().get("/ogc/collections/hazard-areas/items")
                .then().statusCode(200).body("features[0].id", equalTo(id));

        String feed = as("viewer").when().get("/api/v1/changes?include=item&limit=1000&after=" + start)
                .then().statusCode(200)
                .body("entries.find { it.id == '" + id + "' }.item.properties.classification",
                        equalTo("AMMUNITION_STORAGE"))
                .extract().asString();
        assertFalse(feed.contains(secret), feed);

        JsonPath history = as("viewer").when().get(HAZARD_AREAS + "/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Boolean.TRUE, history.get("versions[0].changes.find { it.field == 'description' }.withheld"));
        assertFalse(history.prettify().contains(secret));
        dataManager().when().get(HAZARD_AREAS + "/" + id + "/history").then().statusCode(200)
                .body("versions[0].changes.find { it.field == 'description' }.new",
                        equalTo("Depot of 82 mm mortar bombs"));
    }

    @Test
    void howAnIedWasMadeIsForRestrictedRolesOnly() {
        String activity = clearance(156.4);
        String iedId = found(activity, 156.401, COMMAND_WIRE_IED, "Command wire to the ridge, 5 kg charge");
        String mineId = found(activity, 156.402, PMN_2, "On the path");

        for (String role : UNRESTRICTED) {
            as(role).when().get("/api/v1/device-findings/" + iedId).then().statusCode(200)
                    .body("properties.category", equalTo("IED"))
                    .body("properties.quantity", equalTo(1))
                    .body("properties.ordnanceTypeId", nullValue())
                    .body("properties.model", nullValue())
                    .body("properties.description", nullValue());
            as(role).when().get("/api/v1/device-findings/" + mineId).then().statusCode(200)
                    .body("properties.model", equalTo("PMN-2"))
                    .body("properties.description", equalTo("On the path"));
        }
        dataManager().when().get("/api/v1/device-findings/" + iedId).then().statusCode(200)
                .body("properties.model", equalTo("Command-wire IED"))
                .body("properties.description", equalTo("Command wire to the ridge, 5 kg charge"));
    }

    @Test
    void anOperatorPuttingBackWhatItReadKeepsTheDetailsItCouldNotRead() {
        String id = found(clearance(156.6), 156.601, COMMAND_WIRE_IED, "Pressure plate under the culvert");

        Map<String, Object> read = as("operator", Organisations.ALPHA).when().get("/api/v1/device-findings/" + id)
                .then().statusCode(200).extract().as(Map.class);
        properties(read).put("quantity", 2);
        properties(read).put("disposalMethod", "DESTROYED_IN_SITU");
        as("operator", Organisations.ALPHA).contentType("application/geo+json").header("If-Match", "\"1\"")
                .body(read).when().put("/api/v1/device-findings/" + id)
                .then().statusCode(200).body("properties.quantity", equalTo(2))
                .body("properties.description", nullValue());

        dataManager().when().get("/api/v1/device-findings/" + id).then().statusCode(200)
                .body("properties.quantity", equalTo(2))
                .body("properties.disposalMethod", equalTo("DESTROYED_IN_SITU"))
                .body("properties.model", equalTo("Command-wire IED"))
                .body("properties.description", equalTo("Pressure plate under the culvert"));
    }

    @Test
    void devicesFoundInAnAmmunitionStoreKeepTheirDetailsToo() {
        Map<String, Object> store = hazard(uniqueName("store-devices"), square(156.8, -35.0, 0.01));
        properties(store).put("classification", "AMMUNITION_STORAGE");
        String storeId = Records.hazardArea(store);
        Map<String, Object> found = device(156.801, -34.999, "UXO", 300);
        properties(found).put("reportingOrganisationId", Organisations.ALPHA);
        properties(found).put("description", "300 fuzed 122 mm rockets, stacked");
        String id = dataManager().contentType("application/geo+json").body(found)
                .when().post(HAZARD_AREAS + "/" + storeId + "/devices").then().statusCode(201).extract().path("id");

        as("viewer").when().get(HAZARD_AREAS + "/" + storeId + "/devices").then().statusCode(200)
                .body("features.find { it.id == '" + id + "' }.properties.quantity", equalTo(300))
                .body("features.find { it.id == '" + id + "' }.properties.description", nullValue());
        dataManager().when().get("/api/v1/device-findings/" + id).then().statusCode(200)
                .body("properties.description", equalTo("300 fuzed 122 mm rockets, stacked"));
    }

    @Test
    void aStoresHistoryWithholdsTextsWrittenBeforeItBecameOne() {
        Map<String, Object> area = hazard(uniqueName("became-store"), square(157.0, -35.0, 0.01));
        properties(area).put("classification", "CHA");
        properties(area).put("description", "Old quarry, 20 t of TNT moved in");
        String id = Records.hazardArea(area);
        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("classification", "AMMUNITION_STORAGE")))
                .when().patch(HAZARD_AREAS + "/" + id).then().statusCode(200);

        JsonPath history = as("viewer").when().get(HAZARD_AREAS + "/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Boolean.TRUE, history.get("versions[0].changes.find { it.field == 'description' }.withheld"));
        assertEquals("AMMUNITION_STORAGE", history.get("versions[1].changes.find { it.field == 'classification' }.new"));
        assertFalse(history.prettify().contains("TNT"), history.prettify());
        dataManager().when().get(HAZARD_AREAS + "/" + id + "/history").then().statusCode(200)
                .body("versions[0].changes.find { it.field == 'description' }.new",
                        equalTo("Old quarry, 20 t of TNT moved in"));
    }

    @Test
    void anOperatorCannotChangeWhatKindOfDeviceItCannotReadTheDetailsOf() {
        String id = found(clearance(157.2), 157.201, COMMAND_WIRE_IED, "Hidden under the bridge");
        Map<String, Object> read = as("operator", Organisations.ALPHA).when().get("/api/v1/device-findings/" + id)
                .then().statusCode(200).extract().as(Map.class);
        Map<String, Object> recategorised = copy(read);
        properties(recategorised).put("category", "UXO");
        Map<String, Object> otherModel = copy(read);
        properties(otherModel).remove("category");
        properties(otherModel).put("ordnanceTypeId", PMN_2);

        Map<Map<String, Object>, String> cases = Map.of(recategorised, "properties.category", otherModel, "properties");
        cases.forEach((body, field) -> {
            String answer = as("operator", Organisations.ALPHA).contentType("application/geo+json")
                    .header("If-Match", "\"1\"").body(body).when().put("/api/v1/device-findings/" + id)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem(field)).extract().asString();
            assertFalse(answer.contains("Command-wire") || answer.contains("bridge"), answer);
        });
        dataManager().when().get("/api/v1/device-findings/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("properties.category", equalTo("IED"))
                .body("properties.description", equalTo("Hidden under the bridge"));
    }

    @Test
    void aChangeFromTheFieldKeepsWhatTheTabletCouldNotRead() {
        Map<String, Object> store = hazard(uniqueName("store-field"), square(157.4, -35.0, 0.01));
        properties(store).put("classification", "AMMUNITION_STORAGE");
        properties(store).put("description", "Bunker 7: artillery shells");
        properties(store).put("landowner", "Ministry of Defence");
        String storeId = Records.hazardArea(store);
        String deviceId = found(clearance(157.6), 157.601, COMMAND_WIRE_IED, "Wire runs to the ridge");

        Map<String, Object> area = as("field_surveyor").when().get(HAZARD_AREAS + "/" + storeId)
                .then().statusCode(200).extract().as(Map.class);
        properties(area).put("name", "Bunker 7, fenced");
        Map<String, Object> device = as("field_surveyor").when().get("/api/v1/device-findings/" + deviceId)
                .then().statusCode(200).extract().as(Map.class);
        properties(device).put("disposalMethod", "DESTROYED_IN_SITU");
        String report = as("field_surveyor").contentType("application/json")
                .body(FieldReports.report(Organisations.ALPHA, FieldReports.change("HAZARD_AREA", storeId, 1, area),
                        FieldReports.change("DEVICE_FINDING", deviceId, 1, device)))
                .when().post("/api/v1/field-reports").then().statusCode(201).extract().path("reportId");

        dataManager().contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post("/api/v1/field-reports/" + report + "/approval").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("APPLIED", "APPLIED")));
        dataManager().when().get(HAZARD_AREAS + "/" + storeId).then().statusCode(200)
                .body("properties.name", equalTo("Bunker 7, fenced"))
                .body("properties.description", equalTo("Bunker 7: artillery shells"))
                .body("properties.landowner", equalTo("Ministry of Defence"));
        dataManager().when().get("/api/v1/device-findings/" + deviceId).then().statusCode(200)
                .body("properties.disposalMethod", equalTo("DESTROYED_IN_SITU"))
                .body("properties.model", equalTo("Command-wire IED"))
                .body("properties.description", equalTo("Wire runs to the ridge"));
    }

    private static Map<String, Object> copy(Map<String, Object> feature) {
        Map<String, Object> copy = new LinkedHashMap<>(feature);
        copy.put("properties", new LinkedHashMap<>(properties(feature)));
        return copy;
    }

    /** A clearance task of Alpha on a hazard area of its own, at this longitude. */
    private static String clearance(double lon) {
        String hazard = Records.hazardArea(hazard(uniqueName("ied"), square(lon, -35.0, 0.01)));
        return Records.activity(activity(uniqueName("task"), "CLEARANCE", Organisations.ALPHA, hazard));
    }

    /** One device of a catalogue model, found by the activity just inside its hazard area. */
    private static String found(String activity, double lon, String ordnanceTypeId, String description) {
        Map<String, Object> device = device(lon, -34.999, null, 1);
        properties(device).remove("category");
        properties(device).put("ordnanceTypeId", ordnanceTypeId);
        properties(device).put("description", description);
        return dataManager().contentType("application/geo+json").body(device)
                .when().post("/api/v1/activities/" + activity + "/devices").then().statusCode(201)
                .extract().path("id");
    }

    /** The change feed's cursor after every entry there is now. */
    private static String feedEnd() {
        String cursor = null;
        while (true) {
            String after = cursor == null ? "" : "&after=" + cursor;
            JsonPath page = as("viewer").when().get("/api/v1/changes?limit=1000" + after)
                    .then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }
}
