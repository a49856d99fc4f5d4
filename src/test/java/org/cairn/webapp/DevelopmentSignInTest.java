package org.cairn.webapp;

import static org.cairn.support.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.cairn.support.Organisations;
import org.junit.jupiter.api.Test;

/** The settings the page starts from, and the development sign-in of the tests' profile (as under scripts/run). */
@QuarkusTest
class DevelopmentSignInTest {

    @Test
    void theSettingsOfferTheDevelopmentSignInWithEveryRoleAndOrganisation() {
        anonymous().when().get("/app/settings").then().statusCode(200)
                .body("developmentSignIn.roles", hasItems("viewer", "field_surveyor", "operator", "data_manager",
                        "victim_assistance", "partner", "admin"))
                .body("developmentSignIn.organisations.id", hasItem(Organisations.ALPHA))
                .body("oidc", nullValue())
                .body("backgroundMap", nullValue());
    }

    @Test
    void aDevelopmentTokenActsAsTheChosenRoleOfTheChosenOrganisation() {
        String token = anonymous().contentType("application/json")
                .body(Map.of("role", "field_surveyor", "organisation", Organisations.BRAVO))
                .when().post("/app/development-sign-in").then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(43200))
                .extract().path("accessToken");

        anonymous().header("Authorization", "Bearer " + token).when().get("/api/v1/field-reports").then()
                .statusCode(200);
        anonymous().header("Authorization", "Bearer " + token).when().get("/api/v1/api-keys").then()
                .statusCode(403);
    }

    @Test
    void aSignInThatNamesNoRoleOrNoOrganisationIsRefusedByField() {
        refused(Map.of("role", "king", "organisation", Organisations.ALPHA), 422, "role");
        refused(Map.of("role", "VIEWER", "organisation", Organisations.ALPHA), 422, "role");
        refused(Map.of("role", "vie\u0000wer", "organisation", Organisations.ALPHA), 422, "role");
        refused(Map.of("organisation", Organisations.ALPHA), 422, "role");
        refused(Map.of("role", "viewer"), 422, "organisation");
        refused(Map.of("role", "viewer", "organisation", "00000000-0000-4000-8000-00000000dead"), 422, "organisation");
        refused(Map.of("role", "viewer", "organisation", "ALPHA"), 422, "organisation");
        refused(Map.of("role", 7, "organisation", Organisations.ALPHA), 400, "role");
        refused(Map.of("role", "viewer", "organisation", Organisations.ALPHA, "admin", true), 400, "admin");
        anonymous().contentType("application/json").body("{\"role\": ").when().post("/app/development-sign-in")
                .then().statusCode(400).contentType("application/problem+json");
        anonymous().contentType("text/plain").body("viewer").when().post("/app/development-sign-in")
                .then().statusCode(415);
    }

    private static void refused(Map<String, Object> body, int status, String field) {
        anonymous().contentType("application/json").body(body).when().post("/app/development-sign-in").then()
                .statusCode(status).contentType("application/problem+json")
                .body(containsString(field))
                .body("accessToken", nullValue())
                .body(not(containsString("dead")));
    }

    @Test
    void thePageAndItsLibrariesComeFromCairnUnderAPolicyThatRunsNothingElse() {
        String policy = anonymous().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("webjars/ol/dist/ol.js"))
                .extract().header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        anonymous().when().get("/app/main.js").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(policy));
        anonymous().when().get("/webjars/ol/dist/ol.js").then().statusCode(200)
                .contentType(containsString("javascript"));
        anonymous().when().get("/webjars/ol/ol.css").then().statusCode(200).contentType(containsString("css"));
        anonymous().when().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
        anonymous().when().get("/api/v1/limits").then()
                .header("Content-Security-Policy", containsString("sandbox"));
    }
}
