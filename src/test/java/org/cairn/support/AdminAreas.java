package org.cairn.support;

import static org.cairn.support.Api.dataManager;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Files of administrative areas as OCHA ships them, their imports and the jobs that run them. */
public final class AdminAreas {

    public static final String IMPORT = "/api/v1/admin-areas:import";

    private AdminAreas() {
    }

    /** An area of a level-named file: {@code ADM2_PCODE}, {@code ADM2_EN} and the parent in {@code ADM1_PCODE}. */
    public static Map<String, Object> area(int level, String pcode, String name, String parent,
            Map<String, Object> geometry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ADM" + level + "_PCODE", pcode);
        properties.put("ADM" + level + "_EN", name);
        if (parent != null) {
            properties.put("ADM" + (level - 1) + "_PCODE", parent);
        }
        return feature(properties, geometry);
    }

    public static Map<String, Object> feature(Map<String, Object> properties, Map<String, Object> geometry) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", properties);
        feature.put("geometry", geometry);
        return feature;
    }

    @SafeVarargs
    public static Map<String, Object> collection(Map<String, Object>... features) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", List.of(features));
        return collection;
    }

    public static Map<String, Object> box(double west, double south, double east, double north) {
        return Features.polygon(Features.ring(west, south, east, north));
    }

    /** Follows a job to its end, which must be DONE, and returns it. */
    public static JsonPath finished(String id) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = dataManager().when().get("/api/v1/jobs/" + id).then().statusCode(200).extract().jsonPath();
            String state = job.getString("state");
            if (state.equals("DONE")) {
                return job;
            }
            assertTrue(List.of("QUEUED", "RUNNING").contains(state), "job " + id + " ended " + state + ": "
                    + job.getString("failure"));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Job " + id + " did not finish within a minute");
    }
}
