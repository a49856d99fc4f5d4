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

    public static String release(String activityId, Map<String, Object> feature) {
        return dataManager().contentType("application/geo+json").body(feature)
                .when().post("/api/v1/activities/" + activityId + "/land-release").then().statusCode(201)
                .extract().path("id");
    }
}
