package org.cairn.quality;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.activity;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.release;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QualityManagementTest {

    private static final String VISITS = "/api/v1/monitoring-visits";
    private static final String INSPECTIONS = "/api/v1/post-clearance-inspections";

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification inspector() {
        return as("quality_manager", Organisations.AUTHORITY);
    }

    @Test
    void aNonConformityIsFollowedUntilItsCorrectiveActionIsClosed() {
        String hazard = Records.hazardArea(hazard(uniqueName("Monitored"), square(153.1, -33.0, 0.01)));
        Map<String, Object> worksite = activity(uniqueName("Clearance"), "CLEARANCE", Organisations.ALPHA, hazard);
        worksite.put("geometry", square(153.1, -33.0, 0.01));
        String activity = Records.activity(worksite);
        Map<String, Object> finding = new LinkedHashMap<>(Map.of("description", "Deminers 15 m apart",
                "severity", "MAJOR", "correctiveAction", "Brief the team on safety distances",
                "dueDate", "2026-11-30"));
        Map<String, Object> visit = visit(activity, List.of(finding));

        String id = inspector().contentType("application/geo+json").body(visit).when().post(VISITS).then()
                .statusCode(201)
                .body("properties.localId", startsWith("MV-"))
                .body("properties.openNonConformities", equalTo(1))
                .body("properties.implementingOrganisationId", equalTo(Organisations.ALPHA))
                .body("geometry.type", equalTo("Point"))
                .extract().path("id");
        dataManager().when().get(VISITS + "?openNonConformities=true&activityId=" + activity).then().statusCode(200)
                .body("features.id", contains(id));
        for (String role : List.of("viewer", "operator", "partner", "field_surveyor")) {
            as(role).when().get(VISITS).then().statusCode(403);
        }
        dataManager().contentType("application/geo+json").body(visit(activity, List.of())).when().post(VISITS)
                .then().statusCode(403);

        finding.put("closedOn", "2026-11-28");
        finding.put("closureNote", "Seen on a second visit");
        inspector().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("findings", List.of(finding)))).when().patch(VISITS + "/" + id)
                .then().statusCode(200).body("properties.openNonConformities", equalTo(0));
        dataManager().when().get(VISITS + "?openNonConformities=true&activityId=" + activity).then().statusCode(200)
                .body("features", empty());
        inspector().when().get(VISITS + "/" + id + "/history").then().statusCode(200)
                .body("versions.size()", equalTo(2));
        inspector().when().get("/ogc/collections/monitoring-visits/items?activityId=" + activity).then()
                .statusCode(200).body("features.id", contains(id));
    }

    @Test
    void badVisitsAreRefusedNamingTheFieldAndNothingIsStored() {
        String hazard = Records.hazardArea(hazard(uniqueName("Visited"), square(153.2, -33.0, 0.01)));
        String activity = Records.activity(activity(uniqueName("Visited"), "TS", Organisations.ALPHA, hazard));
        String before = Database.single(dataSource, "SELECT count(*) FROM monitoring_visit");
        inspector().contentType("application/geo+json").body(visit(activity, List.of(Map.of(
                "description", "Marking missing", "severity", "CRITICAL")))).when().post(VISITS).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("properties.findings[0].correctiveAction",
                        "properties.findings[0].dueDate"));
        inspector().contentType("application/geo+json").body(visit(activity, List.of(Map.of(
                "description", "Good marking", "severity", "OBSERVATION", "closureNote", "done",
                "dueDate", "2020-01-01")))).when().post(VISITS).then().statusCode(422)
                .body("errors.field", hasItems("properties.findings[0].closureNote",
                        "properties.findings[0].dueDate"));
        inspector().contentType("application/geo+json").body(visit("6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a02", List.of()))
                .when().post(VISITS).then().statusCode(422).body("errors.field", hasItems("properties.activityId"));
        Map<String, Object> badAnswer = visit(activity, List.of());
        properties(badAnswer).put("checklist", List.of(Map.of("item", "PPE worn", "result", "MOSTLY")));
        inspector().contentType("application/geo+json").body(badAnswer).when().post(VISITS).then().statusCode(422)
                .body("errors.field", hasItems("properties.checklist[0].result"));
        assertEquals(before, Database.single(dataSource, "SELECT count(*) FROM monitoring_visit"));
    }

    @Test
    void aFailedInspectionReopensTheReleasedLandAsAHazardAreaThatSaysWhy() {
        Map<String, Object> field = hazard(uniqueName("Inspected"), square(153.3, -33.0, 0.01));
        properties(field).put("classification", "CHA");
        properties(field).put("evidence", "DIRECT");
        properties(field).put("contaminationTypes", List.of("AP_MINE"));
        String hazard = Records.hazardArea(field);
        String activity = Records.activity(activity(uniqueName("Clearance"), "CLEARANCE", Organisations.ALPHA,
                hazard));
        String released = Records.release(activity, release(hazard, "CLEARED", square(153.3, -33.0, 0.004)));

        inspector().contentType("application/geo+json").body(inspection(released, 1200, 2, "PASS")).when()
                .post(INSPECTIONS).then().statusCode(422).body("errors.field", contains("properties.result"));
        inspector().contentType("application/geo+json").body(inspection(released, 9_000_000, 0, "PASS")).when()
                .post(INSPECTIONS).then().statusCode(422).body("errors.field", contains("properties.sampledAreaM2"));
        String passed = inspector().contentType("application/geo+json").body(inspection(released, 1200, 0, "PASS"))
                .when().post(INSPECTIONS).then().statusCode(201)
                .body("properties.reopenedHazardAreaId", nullValue())
                .body("properties.hazardAreaId", equalTo(hazard))
                .extract().path("id");

        String failed = inspector().contentType("application/geo+json").body(inspection(released, 1500, 3, "FAIL"))
                .when().post(INSPECTIONS).then().statusCode(201)
                .body("properties.localId", startsWith("PCI-"))
                .body("properties.reopenedHazardAreaId", notNullValue())
                .extract().path("id");
        String failedLocalId = inspector().when().get(INSPECTIONS + "/" + failed).then().statusCode(200)
                .extract().path("properties.localId");
        String reopened = inspector().when().get(INSPECTIONS + "/" + failed).then().extract()
                .path("properties.reopenedHazardAreaId");
        double releasedArea = dataManager().when().get("/api/v1/land-release/" + released).then().statusCode(200)
                .extract().jsonPath().getDouble("properties.areaM2");
        as("viewer").when().get("/api/v1/hazard-areas/" + reopened).then().statusCode(200)
                .body("properties.classification", equalTo("CHA"))
                .body("properties.status", equalTo("OPEN"))
                .body("properties.contaminationTypes", contains("AP_MINE"))
                .body("properties.statusChangeReason", equalTo("POST_CLEARANCE_INSPECTION_FAILED"))
                .body("properties.statusChangeComment", containsString(failedLocalId))
                .body("properties.areaM2", closeTo(releasedArea, releasedArea * 0.001));
        as("viewer").when().get("/api/v1/hazard-areas/" + reopened + "/history").then().statusCode(200)
                .body("versions[0].changes.find { it.field == 'statusChangeComment' }.new", containsString(failedLocalId));

        inspector().when().delete(INSPECTIONS + "/" + failed).then().statusCode(409);
        // The land is reopened once: a second failure of the same release would open a second hazard over it.
        inspector().contentType("application/geo+json").body(inspection(released, 800, 1, "FAIL")).when()
                .post(INSPECTIONS).then().statusCode(409).body("detail", containsString(failedLocalId));
        inspector().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("result", "PASS", "itemsFound", 0))).when()
                .patch(INSPECTIONS + "/" + failed).then().statusCode(409);
        inspector().contentType("application/merge-patch+json").body(Map.of("properties", Map.of("notes",
                "Three PMN-2 at 10 cm"))).when().patch(INSPECTIONS + "/" + failed).then().statusCode(200)
                .body("properties.reopenedHazardAreaId", equalTo(reopened));
        inspector().when().delete(INSPECTIONS + "/" + passed).then().statusCode(204);
        dataManager().when().get(INSPECTIONS + "?landReleaseId=" + released).then().statusCode(200)
                .body("features.id", contains(failed));
    }

    @Test
    void aSuspendedAccreditationFlagsNewActivitiesUntilItIsLifted() {
        String organisationName = uniqueName("Suspended Demining");
        String organisation = dataManager().contentType("application/json").body(Map.of("name", organisationName,
                "type", "NGO", "accreditation", Map.of("activityTypes", List.of("TS", "CLEARANCE")))).when()
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String path = "/api/v1/organisations/" + organisation + "/accreditation-suspension";
        Map<String, Object> suspension = Map.of("activityTypes", List.of("CLEARANCE"), "since", "2026-11-22",
                "reason", "Critical non-conformity not closed");

        dataManager().contentType("application/json").body(suspension).when().put(path).then().statusCode(403);
        inspector().contentType("application/json").body(Map.of("activityTypes", List.of("BAC"), "since",
                "2026-11-22", "reason", "x")).when().put(path).then().statusCode(422)
                .body("errors.field", contains("activityTypes[0]"));
        inspector().contentType("application/json").body(Map.of("activityTypes", List.of("TS"))).when().put(path)
                .then().statusCode(422).body("errors.field", hasItems("since", "reason"));
        inspector().contentType("application/json").body(suspension).when().put(path).then().statusCode(200)
                .body("accreditation.suspendedActivityTypes", contains("CLEARANCE"))
                .body("accreditation.activityTypes", hasItems("TS", "CLEARANCE"));

        String hazard = Records.hazardArea(hazard(uniqueName("Suspended"), square(153.5, -33.0, 0.01)));
        dataManager().contentType("application/geo+json")
                .body(activity(uniqueName("Clearance"), "CLEARANCE", organisation, hazard)).when()
                .post("/api/v1/activities").then().statusCode(201)
                .body("warnings.code", contains("ACCREDITATION_SUSPENDED"));
        dataManager().contentType("application/geo+json")
                .body(activity(uniqueName("Survey"), "TS", organisation, hazard)).when()
                .post("/api/v1/activities").then().statusCode(201)
                .body("warnings.code", not(contains("ACCREDITATION_SUSPENDED")));

        // Dropping the suspended type from the accreditation would lift the suspension: not a data manager's call.
        dataManager().contentType("application/json").body(Map.of("name", organisationName, "type", "NGO",
                "accreditation", Map.of("activityTypes", List.of("TS")))).when()
                .put("/api/v1/organisations/" + organisation).then().statusCode(409);
        dataManager().contentType("application/json").body(Map.of("name", organisationName, "type", "NGO",
                "accreditation", Map.of("activityTypes", List.of("TS", "CLEARANCE", "BAC")))).when()
                .put("/api/v1/organisations/" + organisation).then().statusCode(200)
                .body("accreditation.suspendedActivityTypes", contains("CLEARANCE"));

        inspector().when().delete(path).then().statusCode(200).body("accreditation.suspendedActivityTypes", empty())
                .body("accreditation.suspensionReason", nullValue());
        dataManager().contentType("application/geo+json")
                .body(activity(uniqueName("Clearance"), "CLEARANCE", organisation, hazard)).when()
                .post("/api/v1/activities").then().statusCode(201).body("warnings", empty());
    }

    private static Map<String, Object> visit(String activity, List<Map<String, Object>> findings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("activityId", activity);
        properties.put("date", "2026-11-20");
        properties.put("inspector", "M. Okello");
        properties.put("checklist", List.of(Map.of("item", "PPE worn", "result", "COMPLIANT"),
                Map.of("item", "Safety distances kept", "result", "NON_COMPLIANT", "note", "15 m")));
        properties.put("findings", new ArrayList<>(findings));
        properties.put("reportingOrganisationId", Organisations.AUTHORITY);
        properties.put("dateOfInformation", "2026-11-21");
        return Map.of("type", "Feature", "properties", properties);
    }

    private static Map<String, Object> inspection(String landRelease, double sampled, int items, String result) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("landReleaseId", landRelease);
        properties.put("date", "2026-11-25");
        properties.put("inspector", "M. Okello");
        properties.put("sampledAreaM2", sampled);
        properties.put("itemsFound", items);
        properties.put("result", result);
        properties.put("reportingOrganisationId", Organisations.AUTHORITY);
        properties.put("dateOfInformation", "2026-11-26");
        return Map.of("type", "Feature", "properties", properties);
    }
}
