package org.cairn.support;

import static org.cairn.support.Api.dataManager;

import java.util.Map;

/** Creates records through the API as a data manager, for tests that need them as a starting point. */
public final class Records {

    private Records() {
    }

    public static String hazardArea(Map<String, Object> feature) {
        return dataManager().contentType("application/geo+json").body(feature)
                .when().post("/api/v1/hazard-areas").then().statusCode(201).extract().path("id");
    }

    public static String activity(Map<String, Object> feature) {
        return dataManager().contentType("application/geo+json").body(feature)
                .when().post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    public static String accident(Map<String, Object> feature) {
        return Api.as("victim_assistance").contentType("application/geo+json").body(feature)
                .when().post("/api/v1/accidents").then().statusCode(201).extract().path("id");
    }

    public static String casualty(Map<String, Object> casualty) {
        return Api.as("victim_assistance").contentType("application/json").body(casualty)
                .when().post("/api/v1/casualties").then().statusCode(201).extract().path("id");
    }

    public static String eoreSession(Map<String, Object> feature) {
        return dataManager().contentType("application/geo+json").body(feature)
                .when().post("/api/v1/eore-sessions").then().statusCode(201).extract().path("id");
    }

    public static String release(String activityId, Map<String, Object> feature) {
        return dataManager().contentType("application/geo+json").body(feature)
                .when().post("/api/v1/activities/" + activityId + "/land-release").then().statusCode(201)
                .extract().path("id");
    }
}
