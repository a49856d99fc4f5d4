package org.cairn.report;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.properties;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/** Accidents of 1999, a year no other test uses, so that the counts are this test's own. */
@QuarkusTest
class CasualtyStatisticsTest {

    private static final String STATISTICS = "/api/v1/statistics/casualties?from=1999-01-01&to=1999-12-31";

    @Test
    void smallCountsAreSuppressedWithoutTheSensitiveDataPermission() {
        Map<String, Object> accident = accident("MINE", 175.0, 75.0);
        properties(accident).put("date", "1999-06-01");
        String accidentId = Records.accident(accident);
        for (int i = 0; i < 7; i++) {
            Map<String, Object> killed = casualty(accidentId, "KILLED", "MALE", 30);
            killed.put("consentShareNgos", false);
            Records.casualty(killed);
        }
        for (int i = 0; i < 2; i++) {
            Records.casualty(casualty(accidentId, "INJURED", "FEMALE", 10));
        }

        JsonPath exact = as("victim_assistance").when().get(STATISTICS + "&groupBy=year,outcome")
                .then().statusCode(200).body("smallCountsSuppressed", equalTo(false)).extract().jsonPath();
        assertEquals(List.of(Map.of("year", 1999, "outcome", "INJURED", "count", 2),
                Map.of("year", 1999, "outcome", "KILLED", "count", 7)), exact.getList("cells"));
        assertEquals(9, exact.getInt("total"));

        for (String role : List.of("viewer", "partner", "data_manager")) {
            JsonPath suppressed = as(role).when().get(STATISTICS + "&groupBy=year,outcome")
                    .then().statusCode(200)
                    .body("smallCountsSuppressed", equalTo(true))
                    .body("suppressionThreshold", equalTo(5))
                    .body("total", nullValue())
                    .extract().jsonPath();
            assertEquals(List.of(Map.of("year", 1999, "outcome", "INJURED", "count", "<5"),
                    Map.of("year", 1999, "outcome", "KILLED", "count", 7)), suppressed.getList("cells"), role);
        }
        as("partner").when().get(STATISTICS + "&groupBy=sex,ageGroup,status,deviceCategory")
                .then().statusCode(200)
                .body("cells.find { it.sex == 'MALE' }.count", equalTo(7))
                .body("cells.find { it.sex == 'MALE' }.deviceCategory", equalTo("AP_MINE"))
                .body("cells.find { it.sex == 'FEMALE' }.ageGroup", equalTo("CHILD"));
    }

    @Test
    void badParametersAreRefused() {
        as("viewer").when().get(STATISTICS + "&groupBy=religion").then().statusCode(400)
                .body("detail", containsString("unknown dimension 'religion'"));
        as("viewer").when().get("/api/v1/statistics/casualties?from=2026-13-01").then().statusCode(400);
        as("viewer").when().get("/api/v1/statistics/casualties?from=2026-12-01&to=2026-01-01").then().statusCode(400);
        as("viewer").when().get("/api/v1/statistics/casualties?country=XX").then().statusCode(400);
    }
}
