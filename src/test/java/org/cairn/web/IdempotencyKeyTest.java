package org.cairn.web;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POSTs that no client UUID keys: a retried request writes once. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final Map<String, Object> REFERRAL = Map.of("type", "PHYSICAL_REHABILITATION", "status", "NEEDED");

    @Test
    void theSameRequestAgainGetsTheFirstAnswer() {
        String casualty = casualty();
        String key = UUID.randomUUID().toString();

        Response first = post("victim_assistance", key, REFERRAL, casualty);
        Response again = post("victim_assistance", key, REFERRAL, casualty);

        assertEquals(201, first.statusCode());
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.asString(), again.asString());
        assertEquals(1, assistanceOf(casualty));
        post("victim_assistance", null, REFERRAL, casualty);
        assertEquals(2, assistanceOf(casualty), "without a key, a second POST is a second record");
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefused() {
        String casualty = casualty();
        String key = UUID.randomUUID().toString();
        post("victim_assistance", key, REFERRAL, casualty).then().statusCode(201);

        post("victim_assistance", key, Map.of("type", "EDUCATION", "status", "NEEDED"), casualty).then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("another request"));
        post("victim_assistance", key, REFERRAL, casualty()).then().statusCode(422);
        post("victim_assistance", "not a key", REFERRAL, casualty).then().statusCode(400);
        post("victim_assistance", "k".repeat(256), REFERRAL, casualty).then().statusCode(400);
        assertEquals(1, assistanceOf(casualty));
        post("admin", key, REFERRAL, casualty).then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
    }

    @Test
    void racingCopiesWriteOnce() throws Exception {
        String casualty = casualty();
        String key = UUID.randomUUID().toString();
        ExecutorService tablets = Executors.newFixedThreadPool(5);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(tablets.submit(() -> post("victim_assistance", key, REFERRAL, casualty).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            // Each copy either made the record, was answered as its replay, or was told the first is still running.
            assertFalse(statuses.stream().anyMatch(status -> status != 201 && status != 409), statuses.toString());
        } finally {
            tablets.shutdownNow();
        }
        assertEquals(1, assistanceOf(casualty));
    }

    @Test
    void aSecretShownOnceIsNeverShownAgain() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = Map.of("name", "Dashboard " + key, "organisation", Organisations.BRAVO,
                "roles", List.of("partner"));
        String location = as("admin").header("Idempotency-Key", key).contentType("application/json").body(request)
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().header("Location");

        as("admin").header("Idempotency-Key", key).contentType("application/json").body(request)
                .when().post("/api/v1/api-keys").then().statusCode(409)
                .header("Location", location)
                .body("detail", containsString("shown only once"))
                .body(not(containsString("cairn_")));
    }

    private static Response post(String role, String key, Map<String, Object> body, String casualty) {
        var request = as(role).contentType("application/json").body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/casualties/" + casualty + "/assistance");
    }

    private static int assistanceOf(String casualty) {
        return as("victim_assistance").when().get("/api/v1/casualties/" + casualty + "/assistance").then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    private static String casualty() {
        String accident = Records.accident(accident("MINE", 150.0, -30.0));
        return Records.casualty(Features.casualty(accident, "INJURED", "MALE", 40));
    }
}
