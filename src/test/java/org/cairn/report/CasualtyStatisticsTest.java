package org.cairn.report;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.properties;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
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
            // 7 killed would give away the injured by subtraction from the year's total of 9.
            assertEquals(List.of(Map.of("year", 1999, "outcome", "INJURED", "count", "<5"),
                    Map.of("year", 1999, "outcome", "KILLED", "count", "suppressed")), suppressed.getList("cells"),
                    role);
        }
        as("viewer").when().get(STATISTICS).then().statusCode(200).body("cells[0].count", equalTo(9));
        as("partner").when().get(STATISTICS + "&groupBy=sex,ageGroup,status,deviceCategory")
                .then().statusCode(200)
                .body("cells.find { it.sex == 'MALE' }.count", equalTo("suppressed"))
                .body("cells.find { it.sex == 'FEMALE' }.count", equalTo("<5"))
                .body("cells.find { it.sex == 'MALE' }.deviceCategory", equalTo("AP_MINE"))
                .body("cells.find { it.sex == 'FEMALE' }.ageGroup", equalTo("CHILD"));
    }

    @Test
    void noSmallCountCanBeWorkedOutBySubtraction() {
        Map<String, Object> accident = accident("MINE", 175.5, 75.0);
        properties(accident).put("date", "1998-03-01");
        String accidentId = Records.accident(accident);
        Map<String, Integer> cells = Map.of("KILLED/MALE", 6, "KILLED/FEMALE", 3, "INJURED/MALE", 8,
                "INJURED/FEMALE", 9);
        cells.forEach((cell, count) -> {
            for (int i = 0; i < count; i++) {
                Records.casualty(casualty(accidentId, cell.split("/")[0], cell.split("/")[1], 30));
            }
        });
        String window = "/api/v1/statistics/casualties?from=1998-01-01&to=1998-12-31";

        JsonPath table = as("viewer").when().get(window + "&groupBy=outcome,sex").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> shown = new HashMap<>();
        table.<Map<String, Object>>getList("cells").forEach(cell -> shown.put(cell.get("outcome") + "/"
                + cell.get("sex"), cell.get("count")));
        assertEquals("<5", shown.get("KILLED/FEMALE"));
        // The totals of the killed (9), the women (12) and the men (14) are public: with one small cell in a
        // two-by-two table, every cell must be hidden, or the small one follows by subtraction.
        assertEquals("suppressed", shown.get("KILLED/MALE"));
        assertEquals("suppressed", shown.get("INJURED/FEMALE"));
        assertEquals("suppressed", shown.get("INJURED/MALE"));
        as("viewer").when().get(window + "&groupBy=outcome").then().body("cells.count", hasItems(9, 17));
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
