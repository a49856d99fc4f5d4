package org.cairn.operations;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus metrics as a scraper reads them, and the request id every answer and log line carries. */
@QuarkusTest
class MetricsTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void requestsByRouteAndStatusThePoolJobsAndTheFeedAreMeasured() {
        as("viewer").when().get("/api/v1/hazard-areas?limit=1").then().statusCode(200);
        as("viewer").when().get("/api/v1/hazard-areas/00000000-0000-4000-8000-000000000999").then().statusCode(404);

        String metrics = anonymous().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"/api/v1/hazard-areas\"}"), "requests by route and status");
        assertTrue(metrics.contains("uri=\"/api/v1/hazard-areas/{id}\""), "a route's template, not its id");
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{"), "latency histograms");
        assertTrue(metrics.contains("agroal_active_count"), "the database pool");
        assertTrue(metrics.contains("cairn_jobs{state=\"FAILED\"}"), "jobs by state");
        assertTrue(metrics.contains("cairn_change_feed_lag_seconds "), "the change feed's lag");
        assertFalse(UUID.matcher(metrics).find(), "no id of a record, a caller or a request");
    }

    @Test
    void everyAnswerCarriesItsRequestIdAndTakesAPlainOneFromAProxy() {
        String made = as("viewer").when().get("/api/v1/limits").then().statusCode(200).extract()
                .header(RequestIds.HEADER);
        assertTrue(UUID.matcher(made).matches(), made);
        as("viewer").header(RequestIds.HEADER, "nginx-4f2a.17").when().get("/api/v1/limits").then()
                .header(RequestIds.HEADER, equalTo("nginx-4f2a.17"));
        String replaced = as("viewer").header(RequestIds.HEADER, "<script>alert(1)</script>").when()
                .get("/api/v1/limits").then().extract().header(RequestIds.HEADER);
        assertTrue(UUID.matcher(replaced).matches(), "what is no plain token is not echoed: " + replaced);
    }
}
