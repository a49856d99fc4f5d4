package org.cairn.fieldreport;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.FieldReports.change;
import static org.cairn.support.FieldReports.newRecord;
import static org.cairn.support.FieldReports.report;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FieldReportApprovalTest {

    private static final String REPORTS = "/api/v1/field-reports";
    private static final String HAZARDS = "/api/v1/hazard-areas/";

    @Inject
    AgroalDataSource dataSource;

    private static double lon = 140;

    private static Map<String, Object> area(String name) {
        return hazard(name, square(lon, 62, 0.01));
    }

    /** A hazard area recorded directly, in a corner of its own. */
    private static String recordedHazard() {
        lon += 0.05;
        return Records.hazardArea(area(uniqueName("Approved area")));
    }

    private static String submit(Map<String, Object> report) {
        return as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(201).extract().path("reportId");
    }

    private static Map<String, Object> decision(Map<String, Object> item, String action) {
        return Map.of("itemId", item.get("id"), "action", action);
    }

    private String fingerprint() {
        return Database.hazardAreaFingerprint(dataSource) + "/" + Database.single(dataSource,
                "SELECT string_agg(status || coalesce(decided_by, ''), ',' ORDER BY id) FROM field_report");
    }

    @Test
    void approvalAppliesEveryItemThroughTheDirectRulesAndLinksTheRecordsBack() {
        lon += 0.05;
        Map<String, Object> created = newRecord("HAZARD_AREA", area(uniqueName("New from the field")));
        String target = recordedHazard();
        Map<String, Object> changed = change("HAZARD_AREA", target, 1, area("Changed from the field"));
        String id = submit(report(Organisations.ALPHA, created, changed));

        dataManager().contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", notNullValue())
                .body("items.outcome", equalTo(List.of("APPLIED", "APPLIED")))
                .body("items[0].recordId", equalTo(created.get("id")))
                .body("items[1].recordId", equalTo(target));

        dataManager().when().get(HAZARDS + created.get("id")).then().statusCode(200)
                .body("properties.name", equalTo(properties(castContent(created)).get("name")));
        dataManager().when().get(HAZARDS + target).then().statusCode(200)
                .body("properties.name", equalTo("Changed from the field"))
                .header("ETag", equalTo("\"2\""));
        assertEquals(id, Database.single(dataSource,
                "SELECT report_id FROM field_report_item WHERE record_id = ?::uuid", target));

        String before = fingerprint();
        dataManager().contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(409);
        dataManager().contentType("application/json").body(Map.of("reason", "Too late"))
                .when().post(REPORTS + "/" + id + "/rejection").then().statusCode(409);
        assertEquals(before, fingerprint());
    }

    @Test
    void aChangeOnAStaleBaseWaitsForTheApproversDecision() {
        String target = recordedHazard();
        Map<String, Object> skipped = change("HAZARD_AREA", target, 1, area("Field version A"));
        String first = submit(report(Organisations.ALPHA, skipped));
        Map<String, Object> applied = change("HAZARD_AREA", target, 1, area("Field version B"));
        String second = submit(report(Organisations.ALPHA, applied));
        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("name", "Office version")))
                .when().patch(HAZARDS + target).then().statusCode(200);

        as("field_surveyor").when().get(REPORTS + "/" + first).then().statusCode(200)
                .body("items[0].outcome", equalTo("ACCEPTED"));
        String before = fingerprint();
        dataManager().contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post(REPORTS + "/" + first + "/approval").then().statusCode(409)
                .body("undecidedItems", equalTo(List.of(skipped.get("id"))));
        assertEquals(before, fingerprint());

        dataManager().contentType("application/json").body(Map.of("decisions", List.of(decision(skipped, "SKIP"))))
                .when().post(REPORTS + "/" + first + "/approval").then().statusCode(200)
                .body("items[0].outcome", equalTo("SKIPPED"))
                .body("items[0].problem.conflict", equalTo("STALE_BASE"))
                .body("items[0].problem.currentVersion", equalTo(2))
                .body("items[0].recordId", nullValue());
        dataManager().when().get(HAZARDS + target).then().body("properties.name", equalTo("Office version"));

        dataManager().contentType("application/json").body(Map.of("decisions", List.of(decision(applied, "APPLY"))))
                .when().post(REPORTS + "/" + second + "/approval").then().statusCode(200)
                .body("items[0].outcome", equalTo("APPLIED"))
                .body("items[0].recordId", equalTo(target));
        dataManager().when().get(HAZARDS + target).then().body("properties.name", equalTo("Field version B"));
    }

    @Test
    void anOlderReportNeverOverwritesNewerInformation() {
        String target = recordedHazard();
        Map<String, Object> older = change("HAZARD_AREA", target, 1, area("Seen last month"));
        Map<String, Object> report = report(Organisations.ALPHA, older);
        report.put("dateOfInformation", "2026-11-01");
        String id = submit(report);
        as("field_surveyor").when().get(REPORTS + "/" + id).then().statusCode(200)
                .body("items[0].outcome", equalTo("CONFLICT"))
                .body("items[0].problem.conflict", equalTo("OLDER_INFORMATION"))
                .body("items[0].problem.currentDateOfInformation", equalTo("2026-11-20"));

        String before = fingerprint();
        dataManager().contentType("application/json").body(Map.of("decisions", List.of(decision(older, "APPLY"))))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(409)
                .body("itemId", equalTo(older.get("id")));
        assertEquals(before, fingerprint());

        dataManager().contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(200)
                .body("items[0].outcome", equalTo("SKIPPED"));
        dataManager().when().get(HAZARDS + target).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void anItemThatCanNoLongerBeAppliedRefusesTheWholeApproval() {
        lon += 0.05;
        Map<String, Object> fine = newRecord("HAZARD_AREA", area(uniqueName("Fine")));
        lon += 0.05;
        Map<String, Object> taken = newRecord("HAZARD_AREA", area(uniqueName("Taken")));
        String id = submit(report(Organisations.ALPHA, fine, taken));
        // Meanwhile the item's id is used for other content through the direct API.
        Map<String, Object> other = area(uniqueName("Other"));
        other.put("id", taken.get("id"));
        Records.hazardArea(other);

        String before = fingerprint();
        dataManager().contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(409)
                .contentType("application/problem+json")
                .body("itemId", equalTo(taken.get("id")));
        assertEquals(before, fingerprint());
        dataManager().when().get(HAZARDS + fine.get("id")).then().statusCode(404);
        dataManager().when().get(REPORTS + "/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aChangeOfARecordDeletedSinceIsApprovedOnlyBySkippingIt() {
        String target = recordedHazard();
        Map<String, Object> item = change("HAZARD_AREA", target, 1, area("Gone meanwhile"));
        String id = submit(report(Organisations.ALPHA, item));
        dataManager().when().delete(HAZARDS + target).then().statusCode(204);

        String before = fingerprint();
        dataManager().contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(409)
                .body("itemId", equalTo(item.get("id")));
        assertEquals(before, fingerprint());
        dataManager().contentType("application/json").body(Map.of("decisions", List.of(decision(item, "SKIP"))))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(200)
                .body("items[0].outcome", equalTo("SKIPPED"))
                .body("items[0].problem.status", equalTo(404));
    }

    @Test
    void aRejectedReportKeepsItsReasonAndChangesNothing() {
        lon += 0.05;
        Map<String, Object> item = newRecord("HAZARD_AREA", area(uniqueName("Rejected")));
        String id = submit(report(Organisations.ALPHA, item));
        String before = Database.hazardAreaFingerprint(dataSource);

        dataManager().contentType("application/json").body(Map.of("reason", " "))
                .when().post(REPORTS + "/" + id + "/rejection").then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        dataManager().contentType("application/json").body(Map.of("reason", "Wrong zone"))
                .when().post(REPORTS + "/" + id + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("Wrong zone"))
                .body("items[0].outcome", equalTo("NOT_APPLIED"));
        as("field_surveyor").when().get(REPORTS + "/" + id).then().statusCode(200)
                .body("rejectionReason", equalTo("Wrong zone"));
        assertEquals(before, Database.hazardAreaFingerprint(dataSource));
    }

    @Test
    void badDecisionsAreRefusedAndChangeNothing() {
        lon += 0.05;
        Map<String, Object> item = newRecord("HAZARD_AREA", area(uniqueName("Decided")));
        String id = submit(report(Organisations.ALPHA, item));
        String before = fingerprint();

        dataManager().contentType("application/json")
                .body(Map.of("decisions", List.of(Map.of("itemId", id, "action", "SKIP"))))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(422)
                .body("errors.field", hasItem("decisions[0].itemId"));
        dataManager().contentType("application/json")
                .body(Map.of("decisions", List.of(Map.of("itemId", item.get("id"), "action", "MAYBE"))))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(422);
        dataManager().contentType("application/json").body(Map.of("decisions", List.of(), "note", "x"))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(400);
        dataManager().contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post(REPORTS + "/" + UUID.randomUUID() + "/approval").then().statusCode(404);
        as("field_surveyor").contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post(REPORTS + "/" + id + "/approval").then().statusCode(403);
        assertEquals(before, fingerprint());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castContent(Map<String, Object> item) {
        return (Map<String, Object>) item.get("content");
    }
}
