package org.cairn.demo;

import static org.cairn.support.Api.dataManager;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.cairn.support.Commands;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A fresh database with demo data switched on shows the fictional province, and GDAL, as a GIS
 * analyst would use it, reads the list as GeoJSON.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    /** Twelve of the demo's own, and the land its failed inspection reopened. */
    private static final int DEMO_HAZARD_AREAS = 13;

    /** Own profile: Quarkus restarts for it, and the test database is emptied at every start. */
    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cairn.demo-data.enabled", "true");
        }
    }

    @TestHTTPResource("/api/v1/hazard-areas")
    URL hazardAreas;

    @Test
    void demoProvinceHasEveryClassificationAndStatus() {
        dataManager().when().get("/api/v1/hazard-areas?limit=1000")
                .then().statusCode(200)
                .body("numberReturned", equalTo(DEMO_HAZARD_AREAS))
                .body("features.properties.classification",
                        hasItems("INDICATION", "SHA", "CHA", "AMMUNITION_STORAGE", "EOD_SPOT"))
                .body("features.properties.status", hasItems("OPEN", "WORKED_ON", "CLOSED", "SUSPENDED"))
                .body("features.geometry.type", hasItems("MultiPolygon"))
                .body("features.properties.areaM2", everyItem(greaterThan(0.0)))
                .body("features.findAll { it.properties.statusChangeReason != 'POST_CLEARANCE_INSPECTION_FAILED' }"
                        + ".properties.description", everyItem(containsString("Fictional")))
                .body("features.findAll { it.properties.statusChangeReason == 'POST_CLEARANCE_INSPECTION_FAILED' }"
                        + ".size()", equalTo(1));
    }

    @Test
    void demoWorkFillsEveryNewChannel() {
        dataManager().when().get("/api/v1/eore-sessions?limit=100").then().statusCode(200)
                .body("numberReturned", equalTo(6))
                .body("features.properties.adminArea", everyItem(startsWith("ZK010")));
        dataManager().when().get("/api/v1/eore-campaigns").then().statusCode(200)
                .body("features[0].geometry.type", equalTo("MultiPolygon"));
        dataManager().when().get("/api/v1/post-clearance-inspections").then().statusCode(200)
                .body("features.properties.result", containsInAnyOrder("PASS", "FAIL"));
        dataManager().when().get("/api/v1/monitoring-visits?openNonConformities=true").then().statusCode(200)
                .body("numberReturned", equalTo(1));
        dataManager().when().get("/api/v1/statistics/risk-education").then().statusCode(200)
                .body("totals.count", equalTo(6)).body("totals.beneficiaries", equalTo(359));
    }

    @Test
    void everyDemoHazardLiesInADistrictOfTheProvince() {
        dataManager().when().get("/api/v1/admin-areas?within=ZK01").then().statusCode(200)
                .body("features.id", contains("ZK01", "ZK0101", "ZK0102", "ZK0103"));
        dataManager().when().get("/api/v1/hazard-areas?limit=1000").then().statusCode(200)
                .body("features.properties.adminArea", everyItem(startsWith("ZK010")))
                .body("features.properties.adminArea", hasItems("ZK0101", "ZK0102", "ZK0103"));
    }

    @Test
    void gdalReadsTheListAsGeoJson() {
        String report = Commands.run(Tokens.token("viewer"), "ogrinfo", "-ro", "-al", "-so", hazardAreas.toString());

        assertTrue(report.contains("using driver `GeoJSON' successful"), report);
        assertTrue(report.contains("Geometry: Multi Polygon"), report);
        assertTrue(report.contains("Feature Count: " + DEMO_HAZARD_AREAS), report);
        assertTrue(report.contains("ID[\"EPSG\",4326]"), report);
    }
}
