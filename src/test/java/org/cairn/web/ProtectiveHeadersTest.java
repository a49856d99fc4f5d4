package org.cairn.web;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/**
 * Headers that keep answers where they belong: no browser reads one as another type or frames it,
 * no page runs what Cairn did not serve, and no cache keeps personal or health data.
 */
@QuarkusTest
class ProtectiveHeadersTest {

    @Test
    void everyAnswerIsReadAsItsTypeAndFramedByNoOne() {
        for (String path : List.of("/api/v1/hazard-areas", "/api/v1/no-such-thing", "/ogc", "/q/openapi")) {
            as("viewer").when().get(path).then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("sandbox"));
        }
    }

    @Test
    void pagesRunOnlyWhatCairnServes() {
        as("viewer").accept("text/html").when().get("/api/v1/reports/article7?year=2026").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")));
        anonymous().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("sandbox")));
    }

    @Test
    void personalAndHealthDataAreKeptByNoCache() {
        String accident = Records.accident(accident("MINE", 163.0, 63.0));
        String casualty = Records.casualty(casualty(accident, "INJURED", "MALE", 20));
        for (String role : List.of("viewer", "victim_assistance")) {
            as(role).when().get("/api/v1/casualties/" + casualty).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-store"));
        }
        as("victim_assistance").when().get("/api/v1/accidents/" + accident).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        as("victim_assistance").when().get("/api/v1/casualties/" + casualty + "/assistance").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        as("admin").when().get("/ogc/collections/accidents/items").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        // What anyone may read of a generalised accident or a hazard map may be cached as before.
        as("viewer").when().get("/api/v1/accidents/" + accident).then().statusCode(200)
                .header("Cache-Control", nullValue());
        as("viewer").when().get("/api/v1/hazard-areas").then().statusCode(200).header("Cache-Control", nullValue());
    }
}
