package org.cairn.security;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The authorisation rules as one table: for every operation of the API description and every
 * caller, the status it gets. An operation missing from the table fails the test, so that no new
 * endpoint can forget its rule.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final List<String> CALLERS = List.of("anonymous", "viewer", "field_surveyor", "operator",
            "data_manager", "victim_assistance", "partner", "admin");

    /** Operation: expected status for each of {@link #CALLERS}, in that order. */
    private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                       anon viewer field oper  data  VA   partner admin
        EXPECTED.put("GET /api/v1/hazard-areas",                new int[] {401, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("POST /api/v1/hazard-areas",               new int[] {401, 403, 403, 403, 201, 403, 403, 201});
        EXPECTED.put("GET /api/v1/hazard-areas/{id}",           new int[] {401, 200, 200, 200, 200, 200, 200, 200});
        EXPECTED.put("PUT /api/v1/hazard-areas/{id}",           new int[] {401, 403, 403, 403, 200, 403, 403, 200});
        EXPECTED.put("PATCH /api/v1/hazard-areas/{id}",         new int[] {401, 403, 403, 403, 200, 403, 403, 200});
        EXPECTED.put("DELETE /api/v1/hazard-areas/{id}",        new int[] {401, 403, 403, 403, 204, 403, 403, 204});
        EXPECTED.put("GET /api/v1/hazard-areas/{id}/history",   new int[] {401, 200, 200, 200, 200, 200, 403, 200});
        EXPECTED.put("POST /api/v1/api-keys",                   new int[] {401, 403, 403, 403, 403, 403, 403, 201});
        EXPECTED.put("GET /api/v1/api-keys",                    new int[] {401, 403, 403, 403, 403, 403, 403, 200});
        EXPECTED.put("GET /api/v1/api-keys/{id}",               new int[] {401, 403, 403, 403, 403, 403, 403, 200});
        EXPECTED.put("DELETE /api/v1/api-keys/{id}",            new int[] {401, 403, 403, 403, 403, 403, 403, 204});
    }

    /** How to call each operation with a valid request, so that only the caller decides the answer. */
    private final Map<String, BiFunction<RequestSpecification, Integer, Response>> requests = Map.ofEntries(
            Map.entry("GET /api/v1/hazard-areas", (r, i) -> r.get("/api/v1/hazard-areas")),
            Map.entry("POST /api/v1/hazard-areas", (r, i) -> r.contentType("application/geo+json")
                    .body(hazard("Matrix " + i, square(70 + i * 0.02, 40, 0.01))).post("/api/v1/hazard-areas")),
            Map.entry("GET /api/v1/hazard-areas/{id}", (r, i) -> r.get("/api/v1/hazard-areas/" + hazardArea(i))),
            Map.entry("PUT /api/v1/hazard-areas/{id}", (r, i) -> r.contentType("application/geo+json")
                    .body(hazard("Matrix put", square(71 + i * 0.02, 40, 0.01)))
                    .put("/api/v1/hazard-areas/" + hazardArea(i))),
            Map.entry("PATCH /api/v1/hazard-areas/{id}", (r, i) -> r.contentType("application/merge-patch+json")
                    .body(Map.of("properties", Map.of("priority", "LOW")))
                    .patch("/api/v1/hazard-areas/" + hazardArea(i))),
            Map.entry("DELETE /api/v1/hazard-areas/{id}", (r, i) -> r.delete("/api/v1/hazard-areas/" + hazardArea(i))),
            Map.entry("GET /api/v1/hazard-areas/{id}/history",
                    (r, i) -> r.get("/api/v1/hazard-areas/" + hazardArea(i) + "/history")),
            Map.entry("POST /api/v1/api-keys", (r, i) -> r.contentType("application/json")
                    .body(Map.of("name", "Matrix", "organisation", "UNMAS", "roles", List.of("partner")))
                    .post("/api/v1/api-keys")),
            Map.entry("GET /api/v1/api-keys", (r, i) -> r.get("/api/v1/api-keys")),
            Map.entry("GET /api/v1/api-keys/{id}", (r, i) -> r.get("/api/v1/api-keys/" + apiKey())),
            Map.entry("DELETE /api/v1/api-keys/{id}", (r, i) -> r.delete("/api/v1/api-keys/" + apiKey())));

    @Test
    void everyDocumentedOperationHasARule() {
        Map<String, Map<String, Object>> paths = anonymous().when().get("/q/openapi?format=json")
                .then().extract().path("paths");
        TreeSet<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));

        assertEquals(documented, new TreeSet<>(EXPECTED.keySet()), "the table must name every operation");
        assertEquals(documented, new TreeSet<>(requests.keySet()), "every operation needs a sample request");
    }

    @Test
    void everyCallerGetsWhatTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        int sample = 0;
        for (Map.Entry<String, int[]> row : EXPECTED.entrySet()) {
            for (int c = 0; c < CALLERS.size(); c++) {
                String caller = CALLERS.get(c);
                RequestSpecification request = caller.equals("anonymous") ? anonymous() : as(caller);
                int status = requests.get(row.getKey()).apply(request.when(), sample++).statusCode();
                if (status != row.getValue()[c]) {
                    mismatches.add(row.getKey() + " as " + caller + ": " + status + ", expected " + row.getValue()[c]);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    /** A fresh hazard area of the callers' own organisation, so that scoping never decides here. */
    private static String hazardArea(int sample) {
        return as("admin").contentType("application/geo+json")
                .body(hazard("Matrix target " + sample, square(72 + sample * 0.02, 41, 0.01)))
                .when().post("/api/v1/hazard-areas").then().statusCode(201).extract().path("id");
    }

    private static String apiKey() {
        return as("admin").contentType("application/json")
                .body(Map.of("name", "Matrix target", "organisation", "UNMAS", "roles", List.of("viewer")))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
    }
}
