package org.cairn.fieldreport;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.polygon;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.cairn.support.FieldReports.items;
import static org.cairn.support.FieldReports.newRecord;
import static org.cairn.support.FieldReports.report;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FieldReportSubmissionTest {

    private static final String REPORTS = "/api/v1/field-reports";

    @Inject
    AgroalDataSource dataSource;

    private static double lon = 150;

    /** A hazard area item in a corner of its own, so that no other test's areas overlap it. */
    private static Map<String, Object> newHazard() {
        lon += 0.05;
        return newRecord("HAZARD_AREA", hazard(uniqueName("Report area"), square(lon, 60, 0.01)));
    }

    private String reportRows() {
        return Database.single(dataSource, "SELECT count(*) || '/' || (SELECT count(*) FROM field_report_item)"
                + " || '/' || (SELECT count(*) FROM hazard_area) FROM field_report");
    }

    @Test
    void aSurveyorSubmitsItsOrganisationsReportAndNothingReachesTheRecordBeforeApproval() {
        Map<String, Object> report = report(Organisations.ALPHA, newHazard());
        String itemId = (String) items(report).get(0).get("id");

        as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(201)
                .header("Location", endsWith(REPORTS + "/" + report.get("reportId")))
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", notNullValue())
                .body("items[0].id", equalTo(itemId))
                .body("items[0].outcome", equalTo("ACCEPTED"))
                .body("items[0].content.properties.classification", equalTo("SHA"));

        assertEquals("0", Database.single(dataSource, "SELECT count(*) FROM hazard_area WHERE id = ?::uuid", itemId));
        as("field_surveyor").when().get(REPORTS + "/" + report.get("reportId")).then().statusCode(200)
                .body("items[0].outcome", equalTo("ACCEPTED"));
        as("field_surveyor", Organisations.BRAVO).when().get(REPORTS + "/" + report.get("reportId"))
                .then().statusCode(404);
    }

    @Test
    void theSameReportAgainIsAReplayAndOtherContentUnderItsIdAConflict() {
        Map<String, Object> report = report(Organisations.ALPHA, newHazard());
        as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(201);
        String before = reportRows();

        as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(200).body("reportId", equalTo(report.get("reportId")))
                .body("items[0].outcome", equalTo("ACCEPTED"));
        report.put("reporter", "Someone else");
        as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(before, reportRows());
    }

    @Test
    void anItemIsJudgedAsItsEndpointWouldAndTheReportKeepsItsIssues() {
        Map<String, Object> unclassified = newHazard();
        properties(content(unclassified)).remove("classification");
        Map<String, Object> bowTie = newHazard();
        content(bowTie).put("geometry", polygon(List.of(List.of(lon, 60.0), List.of(lon + 0.01, 60.01),
                List.of(lon + 0.01, 60.0), List.of(lon, 60.01), List.of(lon, 60.0))));
        Map<String, Object> taken = newHazard();
        taken.put("id", org.cairn.support.Records.hazardArea(hazard(uniqueName("Taken"), square(lon, 60, 0.01))));
        Map<String, Object> otherId = newHazard();
        content(otherId).put("id", UUID.randomUUID().toString());
        Map<String, Object> sentBefore = newHazard();
        Map<String, Object> sentBeforeContent = new LinkedHashMap<>(content(sentBefore));
        sentBeforeContent.put("id", sentBefore.get("id"));
        dataManager().contentType("application/geo+json").body(sentBeforeContent).when().post("/api/v1/hazard-areas")
                .then().statusCode(201);
        Map<String, Object> report = report(Organisations.ALPHA, newHazard(), unclassified, bowTie, taken, otherId,
                sentBefore);
        String hazardAreas = Database.single(dataSource, "SELECT count(*) FROM hazard_area");

        ExtractableResponse<Response> submitted = as("field_surveyor").contentType("application/json").body(report)
                .when().post(REPORTS)
                .then().statusCode(201)
                .body("items.outcome", equalTo(List.of("ACCEPTED", "INVALID", "INVALID", "INVALID", "INVALID",
                        "ACCEPTED")))
                .body("items[1].problem.status", equalTo(422))
                .body("items[1].problem.errors.field", hasItem("properties.classification"))
                .body("items[2].problem.status", equalTo(422))
                .body("items[2].problem.errors.field", hasItem("geometry"))
                .body("items[3].problem.status", equalTo(409))
                .body("items[3].problem.type", equalTo("urn:cairn:problem:conflict"))
                .body("items[3].problem.detail", containsString("already exists with other content"))
                .body("items[4].problem.status", equalTo(422))
                .body("items[4].problem.errors.field", equalTo(List.of("id")))
                .extract();
        assertEquals(hazardAreas, Database.single(dataSource, "SELECT count(*) FROM hazard_area"));

        // The direct endpoint says the same of the same hazard areas.
        assertEquals(directProblem(content(unclassified)), submitted.jsonPath().getMap("items[1].problem"));
        assertEquals(directProblem(content(bowTie)), submitted.jsonPath().getMap("items[2].problem"));
        Map<String, Object> takenContent = new LinkedHashMap<>(content(taken));
        takenContent.put("id", taken.get("id"));
        assertEquals(directProblem(takenContent), submitted.jsonPath().getMap("items[3].problem"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content(Map<String, Object> item) {
        return (Map<String, Object>) item.get("content");
    }

    /** What the hazard area endpoint answers for a body that it refuses, but for the request path it names. */
    private static Map<String, Object> directProblem(Map<String, Object> feature) {
        Map<String, Object> problem = dataManager().contentType("application/geo+json").body(feature)
                .when().post("/api/v1/hazard-areas").then().contentType("application/problem+json")
                .extract().jsonPath().getMap("");
        problem.remove("instance");
        return problem;
    }

    @Test
    void anAtomicReportWithABadItemIsRefusedWholeAndNothingIsStored() {
        Map<String, Object> bad = newHazard();
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) bad.get("content");
        properties(content).put("classification", "MAYBE");
        Map<String, Object> report = report(Organisations.ALPHA, newHazard(), bad);
        report.put("atomic", true);
        String before = reportRows();

        as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("items[1].content.properties.classification"))
                .body("items[0].outcome", equalTo("ACCEPTED"))
                .body("items[1].outcome", equalTo("INVALID"));
        assertEquals(before, reportRows());
        as("field_surveyor").when().get(REPORTS + "/" + report.get("reportId")).then().statusCode(404);
    }

    @Test
    void laterItemsSeeEarlierOnesAsTheApproverWill() {
        Map<String, Object> accidentItem = newRecord("ACCIDENT", accident("MINE", lon += 0.05, 61));
        properties((Map<String, Object>) accidentItem.get("content")).put("reportingOrganisationId",
                Organisations.ALPHA);
        Map<String, Object> casualty = casualty((String) accidentItem.get("id"), "INJURED", "MALE", 40);
        casualty.put("reportingOrganisationId", Organisations.ALPHA);
        Map<String, Object> report = report(Organisations.ALPHA, accidentItem, newRecord("CASUALTY", casualty));

        as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(201)
                .body("items.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED")))
                // Accidents and casualties are sensitive: a surveyor's copy withholds them.
                .body("items[1].content", nullValue())
                .body("items[1].contentWithheld", equalTo(true));
        as("admin").when().get(REPORTS + "/" + report.get("reportId")).then().statusCode(200)
                .body("items[1].content.ageAtAccident", equalTo(40));
    }

    @Test
    void personalDataCannotTravelInAReport() {
        Map<String, Object> casualty = casualty(UUID.randomUUID().toString(), "INJURED", "MALE", 40);
        casualty.put("name", "Amadou Report-Leak");
        Map<String, Object> report = report(Organisations.ALPHA, newRecord("CASUALTY", casualty));

        as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(201)
                .body("items[0].outcome", equalTo("INVALID"))
                .body("items[0].problem.status", equalTo(400))
                .body("items[0].problem.errors[0].field", equalTo("name"));
        as("admin").when().get(REPORTS + "/" + report.get("reportId")).then().statusCode(200)
                .body("items[0].content", nullValue());
    }

    @Test
    void aSurveyorSubmitsOnlyForItsOwnOrganisation() {
        String before = reportRows();
        as("field_surveyor").contentType("application/json").body(report(Organisations.BRAVO, newHazard()))
                .when().post(REPORTS).then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, reportRows());
    }

    @Test
    void aMalformedReportIsRefusedAndNothingIsStored() {
        String before = reportRows();
        Map<String, Object> missing = report(Organisations.ALPHA, newHazard());
        missing.remove("reportNumber");
        as("field_surveyor").contentType("application/json").body(missing).when().post(REPORTS)
                .then().statusCode(422).body("errors.field", hasItem("reportNumber"));

        Map<String, Object> unknown = report(Organisations.ALPHA, newHazard());
        unknown.put("colour", "red");
        as("field_surveyor").contentType("application/json").body(unknown).when().post(REPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));

        Map<String, Object> empty = report(Organisations.ALPHA);
        as("field_surveyor").contentType("application/json").body(empty).when().post(REPORTS)
                .then().statusCode(422).body("errors.field", hasItem("items"));

        Map<String, Object> twice = report(Organisations.ALPHA, newHazard());
        items(twice).add(items(twice).get(0));
        as("field_surveyor").contentType("application/json").body(twice).when().post(REPORTS)
                .then().statusCode(422).body("errors.field", hasItem("items[1].id"));

        Map<String, Object> release = report(Organisations.ALPHA, newRecord("LAND_RELEASE", Map.of()));
        as("field_surveyor").contentType("application/json").body(release).when().post(REPORTS)
                .then().statusCode(422).body("errors.field", hasItem("items[0].activityId"));

        Map<String, Object> halfChange = report(Organisations.ALPHA, newHazard());
        items(halfChange).get(0).put("targetId", UUID.randomUUID().toString());
        as("field_surveyor").contentType("application/json").body(halfChange).when().post(REPORTS)
                .then().statusCode(422).body("errors.field", hasItem("items[0].baseVersion"));

        Map<String, Object> noOrganisation = report(UUID.randomUUID().toString(), newHazard());
        dataManager().contentType("application/json").body(noOrganisation).when().post(REPORTS)
                .then().statusCode(422).body("errors.field", hasItem("reportingOrganisationId"));

        as("field_surveyor").contentType("application/json").body("{\"reportId\": ").when().post(REPORTS)
                .then().statusCode(400);
        assertEquals(before, reportRows());
    }

    @Test
    void anItemIdBelongsToOneReport() {
        Map<String, Object> item = newHazard();
        as("field_surveyor").contentType("application/json").body(report(Organisations.ALPHA, item))
                .when().post(REPORTS).then().statusCode(201);
        String before = reportRows();
        as("field_surveyor").contentType("application/json").body(report(Organisations.ALPHA, item))
                .when().post(REPORTS).then().statusCode(409).body("itemId", equalTo(item.get("id")));
        assertEquals(before, reportRows());
    }

    @Test
    void listsFilterByStatusOrganisationAndDateAndPage() {
        Map<String, Object> alpha = report(Organisations.ALPHA, newHazard());
        alpha.put("dateOfInformation", "1997-01-02");
        Map<String, Object> bravo = report(Organisations.BRAVO, newHazard());
        bravo.put("dateOfInformation", "1997-01-02");
        dataManager().contentType("application/json").body(alpha).when().post(REPORTS).then().statusCode(201);
        dataManager().contentType("application/json").body(bravo).when().post(REPORTS).then().statusCode(201);

        dataManager().queryParam("dateOfInformationFrom", "1997-01-01").queryParam("dateOfInformationTo", "1997-01-03")
                .when().get(REPORTS).then().statusCode(200)
                .body("numberReturned", equalTo(2)).body("items[0].items", nullValue());
        dataManager().queryParam("dateOfInformationFrom", "1997-01-01").queryParam("dateOfInformationTo", "1997-01-03")
                .queryParam("reportingOrganisationId", Organisations.BRAVO).queryParam("status", "SUBMITTED,APPROVED")
                .when().get(REPORTS).then().statusCode(200)
                .body("items.reportId", equalTo(List.of(bravo.get("reportId"))));
        as("field_surveyor").queryParam("dateOfInformationFrom", "1997-01-01").queryParam("dateOfInformationTo",
                "1997-01-03").when().get(REPORTS).then()
                .statusCode(200).body("items.reportId", equalTo(List.of(alpha.get("reportId"))));
        String next = dataManager().queryParam("dateOfInformationFrom", "1997-01-01")
                .queryParam("dateOfInformationTo", "1997-01-03").queryParam("limit", 1)
                .when().get(REPORTS).then().statusCode(200).body("numberReturned", equalTo(1))
                .extract().path("links.find { it.rel == 'next' }.href");
        dataManager().when().get(next).then().statusCode(200).body("numberReturned", equalTo(1))
                .body("items[0].reportId", equalTo(bravo.get("reportId")));

        dataManager().queryParam("colour", "red").when().get(REPORTS).then().statusCode(400)
                .contentType("application/problem+json");
        dataManager().queryParam("status", "LOST").when().get(REPORTS).then().statusCode(400);
        dataManager().queryParam("dateOfInformationFrom", "yesterday").when().get(REPORTS).then().statusCode(400);
        dataManager().queryParam("cursor", "nonsense").when().get(REPORTS).then().statusCode(400);
    }

    @Test
    void aBatchStoresWhatItCanAndSaysWhyForTheRest() {
        Map<String, Object> good = report(Organisations.ALPHA, newHazard());
        Map<String, Object> bad = report(Organisations.ALPHA, newHazard());
        bad.remove("reporter");
        Map<String, Object> batch = Map.of("reports", List.of(good, bad));

        as("field_surveyor").contentType("application/json").body(batch).when().post(REPORTS + ":batch")
                .then().statusCode(200)
                .body("results.status", equalTo(List.of(201, 422)))
                .body("results[0].report.reportId", equalTo(good.get("reportId")))
                .body("results[1].problem.errors.field", hasItem("reporter"));
        String before = reportRows();
        as("field_surveyor").contentType("application/json").body(batch).when().post(REPORTS + ":batch")
                .then().statusCode(200).body("results.status", equalTo(List.of(200, 422)));
        assertEquals(before, reportRows());

        as("field_surveyor").contentType("application/json").body(Map.of("reports", List.of(), "more", 1))
                .when().post(REPORTS + ":batch").then().statusCode(400).contentType("application/problem+json");
        as("field_surveyor").contentType("application/json").body(Map.of("reports", List.of()))
                .when().post(REPORTS + ":batch").then().statusCode(422);
        as("viewer").contentType("application/json").body(batch).when().post(REPORTS + ":batch")
                .then().statusCode(403);
        as("field_surveyor").when().get(REPORTS + ":batch").then().statusCode(405)
                .header("Allow", containsString("POST"));
        assertEquals(before, reportRows());
    }

    @Test
    void aFieldSurveyorsReportCarriesChangesItMayNotMakeDirectly() {
        String hazard = org.cairn.support.Records.hazardArea(hazard(uniqueName("Surveyed"), square(lon += 0.05, 60,
                0.01)));
        Map<String, Object> change = hazard(uniqueName("Surveyed again"), square(lon, 60, 0.01));
        Map<String, Object> report = report(Organisations.ALPHA,
                org.cairn.support.FieldReports.change("HAZARD_AREA", hazard, 1, change));
        as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS)
                .then().statusCode(201).body("items[0].outcome", equalTo("ACCEPTED"))
                .body("items[0].problem", nullValue());
        as("field_surveyor").contentType("application/geo+json").body(change).when()
                .put("/api/v1/hazard-areas/" + hazard).then().statusCode(403)
                .body("detail", containsString("roles"));
    }
}
