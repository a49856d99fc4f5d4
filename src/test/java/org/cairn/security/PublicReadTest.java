package org.cairn.security;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An authority that publishes its hazard map opens reading hazard areas, and nothing else. */
@QuarkusTest
@TestProfile(PublicReadTest.HazardAreasPublic.class)
class PublicReadTest {

    public static class HazardAreasPublic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cairn.security.public-read", "hazard-areas");
        }
    }

    @Test
    void anyoneReadsHazardAreasWithoutRestrictedFields() {
        Map<String, Object> feature = hazard(uniqueName("public"), square(95.0, 55.0, 0.01));
        properties(feature).put("landowner", "Family Deng");
        String id = as("data_manager").contentType("application/geo+json").body(feature)
                .when().post("/api/v1/hazard-areas").then().statusCode(201).extract().path("id");

        anonymous().when().get("/api/v1/hazard-areas?q=" + properties(feature).get("name"))
                .then().statusCode(200).body("numberReturned", equalTo(1));
        anonymous().when().get("/api/v1/hazard-areas/" + id)
                .then().statusCode(200).body("properties.landowner", nullValue());
    }

    @Test
    void writesHistoriesAndKeysStayClosed() {
        String id = as("data_manager").contentType("application/geo+json")
                .body(hazard(uniqueName("public"), square(95.2, 55.0, 0.01)))
                .when().post("/api/v1/hazard-areas").then().statusCode(201).extract().path("id");

        anonymous().contentType("application/geo+json").body(hazard("x", square(95.4, 55.0, 0.01)))
                .when().post("/api/v1/hazard-areas").then().statusCode(401);
        anonymous().contentType("application/merge-patch+json").body("{}")
                .when().patch("/api/v1/hazard-areas/" + id).then().statusCode(401);
        anonymous().when().delete("/api/v1/hazard-areas/" + id).then().statusCode(401);
        anonymous().when().get("/api/v1/hazard-areas/" + id + "/history").then().statusCode(401);
        anonymous().when().get("/api/v1/api-keys").then().statusCode(401);
    }

    @Test
    void nothingBesideTheHazardAreasOpens() {
        String id = as("data_manager").contentType("application/geo+json")
                .body(hazard(uniqueName("public"), square(95.6, 55.0, 0.01)))
                .when().post("/api/v1/hazard-areas").then().statusCode(201).extract().path("id");

        anonymous().when().get("/api/v1/hazard-areas/" + id + "/devices").then().statusCode(401);
        anonymous().when().get("/api/v1/hazard-areas/" + id + "/land-release").then().statusCode(401);
        anonymous().when().get("/api/v1/activities").then().statusCode(401);
        anonymous().when().get("/api/v1/accidents").then().statusCode(401);
        anonymous().when().get("/ogc/collections/survey-points/items").then().statusCode(401);
        anonymous().when().get("/ogc/collections/accidents/items").then().statusCode(401);
    }

    @Test
    void gisClientsWithoutCredentialsSeeTheHazardMap() {
        Map<String, Object> feature = hazard(uniqueName("public"), square(95.8, 55.0, 0.01));
        properties(feature).put("landowner", "Family Deng");
        String id = as("data_manager").contentType("application/geo+json").body(feature).when().post("/api/v1/hazard-areas").then().statusCode(201).extract().path("id");

        anonymous().when().get("/ogc/collections").then().statusCode(200)
                .body("collections.id", contains("hazard-areas"));
        anonymous().when().get("/ogc/collections/hazard-areas/items/" + id).then().statusCode(200)
                .body("properties.landowner", nullValue());
        anonymous().when().options("/ogc/collections/hazard-areas/items").then().statusCode(200)
                .header("Allow", "GET, HEAD, OPTIONS");
        anonymous().when().get("/ogc/collections/hazard-areas/tiles/WebMercatorQuad/0/0/0").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60");
    }
}
