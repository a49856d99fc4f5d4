package org.cairn.web;

import static org.cairn.support.Api.dataManager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Failures that arise before Cairn's own code runs still answer in problem+json. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void methodNotAllowedNamesTheAllowedMethods() {
        dataManager().contentType("application/geo+json").body("{}")
                .when().post("/api/v1/hazard-areas/" + UUID.randomUUID())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .body("type", equalTo("urn:cairn:problem:method-not-allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void unacceptableMediaTypeIsRefused() {
        dataManager().accept("text/html").when().get("/api/v1/hazard-areas")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:not-acceptable"));
    }

    @Test
    void unknownApiPathIsNotFound() {
        dataManager().when().get("/api/v1/no-such-collection")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:not-found"))
                .body("instance", equalTo("/api/v1/no-such-collection"));
    }

    @Test
    void mergePatchMustBeSentAsMergePatch() {
        dataManager().contentType("application/xml").body("<patch/>")
                .when().patch("/api/v1/hazard-areas/" + UUID.randomUUID())
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cairn:problem:unsupported-media-type"))
                .body("detail", not(containsString("Exception")));
    }
}
