package org.cairn.hazard;

import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Coordinates.asDoubles;
import static org.cairn.support.Features.geometry;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.ring;
import static org.cairn.support.Features.surveyPoint;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HazardAreaRoundTripTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void polygonComesBackAsTheSameCoordinatesInAMultiPolygon() {
        List<List<Double>> shell = List.of(List.of(30.123456789012344, 8.5), List.of(30.131, 8.5),
                List.of(30.131, 8.5071234567), List.of(30.123456789012344, 8.5));
        Map<String, Object> feature = hazard(uniqueName("round-trip"), geometry("Polygon", List.of(shell)));

        String location = dataManager().contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS)
                .then().statusCode(201)
                .contentType("application/geo+json")
                .header("ETag", "\"1\"")
                .body("properties.localId", matchesPattern("HAZ-\\d{6,}"))
                .extract().header("Location");

        JsonPath stored = dataManager().when().get(location).then().statusCode(200).extract().jsonPath();
        assertEquals("MultiPolygon", stored.getString("geometry.type"));
        assertEquals(asDoubles(List.of(List.of(shell))), asDoubles(stored.getList("geometry.coordinates")));
        assertEquals(properties(feature).get("name"), stored.getString("properties.name"));
    }

    @Test
    void multiPolygonWithAHoleKeepsEveryRing() {
        List<List<Double>> outer = ring(31.0, 8.0, 31.02, 8.02);
        List<List<Double>> hole = List.of(List.of(31.005, 8.005), List.of(31.005, 8.01), List.of(31.01, 8.01),
                List.of(31.01, 8.005), List.of(31.005, 8.005));
        List<List<Double>> second = ring(31.05, 8.0, 31.06, 8.01);
        Object coordinates = List.of(List.of(outer, hole), List.of(second));
        Map<String, Object> feature = hazard(uniqueName("with-hole"), geometry("MultiPolygon", coordinates));

        String id = dataManager().contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");

        JsonPath stored = dataManager().when().get(HAZARD_AREAS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("MultiPolygon", stored.getString("geometry.type"));
        assertEquals(asDoubles(coordinates), asDoubles(stored.getList("geometry.coordinates")));
    }

    /**
     * Reference: the area of a latitude-longitude quadrangle on the WGS 84 ellipsoid in closed form
     * (authalic latitude). The polygon's edges are geodesics rather than parallels, which for a
     * box of 0.05 degree changes the area by far less than the 0.5 % allowed.
     */
    @Test
    void areaIsSquareMetresOnTheEllipsoid() {
        double west = 32.0;
        double south = 9.3;
        double east = 32.05;
        double north = 9.35;
        double reference = quadrangleAreaOnWgs84(west, south, east, north);

        dataManager().contentType("application/geo+json")
                .body(hazard(uniqueName("area"), Features.polygon(ring(west, south, east, north))))
                .when().post(HAZARD_AREAS)
                .then().statusCode(201)
                .body("properties.areaM2", closeTo(reference, reference * 0.005));
    }

    @Test
    void everyPropertyIsStoredAsSentAndSurveyPointsKeepTheirOrder() {
        Map<String, Object> feature = hazard(uniqueName("full"), Features.square(30.5, 8.2, 0.01));
        Map<String, Object> properties = properties(feature);
        properties.put("description", "Mines reported by herders");
        properties.put("classification", "CHA");
        properties.put("status", "WORKED_ON");
        properties.put("statusChangeReason", "Technical survey started");
        properties.put("statusChangeComment", "Team 3");
        properties.put("evidence", "DIRECT");
        properties.put("directEvidence", List.of("DETONATIONS", "MINE_SIGNS_OR_FENCING"));
        properties.put("indirectEvidence", List.of("VERBAL_REPORTS"));
        properties.put("contaminationTypes", List.of("AP_MINE", "AV_MINE"));
        properties.put("priority", "HIGH");
        properties.put("blockages", List.of("AGRICULTURE", "WATER"));
        properties.put("beneficiaries", Map.of("women", 10, "men", 11, "girls", 12, "boys", 13, "indirect", 200));
        properties.put("landowner", "Village council");
        properties.put("estimatedAreaM2", 12500.5);
        Map<String, Object> third = surveyPoint("TURNING_POINT", 30.51, 8.21);
        third.put("sequence", 3);
        third.put("bearingDeg", 90.5);
        third.put("distanceM", 120.5);
        third.put("elevationM", 512.5);
        third.put("entered", Map.of("text", "36P 555000 907000", "format", "UTM", "crs", "EPSG:32636"));
        Map<String, Object> first = surveyPoint("BENCHMARK", 30.499, 8.199);
        first.put("sequence", 1);
        first.put("description", "Painted rock");
        Map<String, Object> second = surveyPoint("START_POINT", 30.5, 8.2);
        second.put("sequence", 2);
        properties.put("surveyPoints", List.of(third, first, second));

        String id = dataManager().contentType("application/json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");

        dataManager().when().get(HAZARD_AREAS + "/" + id)
                .then().statusCode(200)
                .body("properties.description", equalTo("Mines reported by herders"))
                .body("properties.classification", equalTo("CHA"))
                .body("properties.status", equalTo("WORKED_ON"))
                .body("properties.statusChangedAt", notNullValue())
                .body("properties.statusChangeReason", equalTo("Technical survey started"))
                .body("properties.statusChangeComment", equalTo("Team 3"))
                .body("properties.evidence", equalTo("DIRECT"))
                .body("properties.directEvidence", contains("DETONATIONS", "MINE_SIGNS_OR_FENCING"))
                .body("properties.indirectEvidence", contains("VERBAL_REPORTS"))
                .body("properties.contaminationTypes", contains("AP_MINE", "AV_MINE"))
                .body("properties.priority", equalTo("HIGH"))
                .body("properties.blockages", contains("AGRICULTURE", "WATER"))
                .body("properties.beneficiaries", equalTo(Map.of("women", 10, "men", 11, "girls", 12, "boys", 13,
                        "indirect", 200)))
                .body("properties.landowner", equalTo("Village council"))
                .body("properties.reportingOrganisationId", equalTo(Organisations.ALPHA))
                .body("properties.reportingOrganisationName", equalTo("Alpha Demining"))
                .body("properties.remainingAreaM2", notNullValue())
                .body("properties.clearedAreaM2", equalTo(0.0))
                .body("properties.devicesFound", equalTo(Map.of()))
                .body("properties.dateOfInformation", equalTo("2026-11-20"))
                .body("properties.estimatedAreaM2", equalTo(12500.5))
                .body("properties.createdBy", equalTo("user-data_manager"))
                .body("properties.version", equalTo(1))
                .body("properties.surveyPoints.sequence", contains(1, 2, 3))
                .body("properties.surveyPoints.type", contains("BENCHMARK", "START_POINT", "TURNING_POINT"))
                .body("properties.surveyPoints[0].description", equalTo("Painted rock"))
                .body("properties.surveyPoints[2].geometry.coordinates", contains(30.51, 8.21))
                .body("properties.surveyPoints[2].bearingDeg", equalTo(90.5))
                .body("properties.surveyPoints[2].distanceM", equalTo(120.5))
                .body("properties.surveyPoints[2].elevationM", equalTo(512.5))
                .body("properties.surveyPoints[2].entered.text", equalTo("36P 555000 907000"))
                .body("properties.surveyPoints[2].entered.format", equalTo("UTM"))
                .body("properties.surveyPoints[2].entered.crs", equalTo("EPSG:32636"));
    }

    @Test
    void surveyPointsWithoutSequenceAreNumberedInListOrder() {
        Map<String, Object> feature = hazard(uniqueName("walk"), Features.square(30.6, 8.2, 0.01));
        properties(feature).put("surveyPoints", List.of(surveyPoint("START_POINT", 30.6, 8.2),
                surveyPoint("TURNING_POINT", 30.61, 8.2), surveyPoint("END_POINT", 30.61, 8.21)));

        dataManager().contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS)
                .then().statusCode(201)
                .body("properties.surveyPoints.sequence", contains(1, 2, 3))
                .body("properties.surveyPoints.type", contains("START_POINT", "TURNING_POINT", "END_POINT"));
    }

    @Test
    void conditionalGetAnswersNotModifiedForTheCurrentVersion() {
        String id = dataManager().contentType("application/geo+json")
                .body(hazard(uniqueName("etag"), Features.square(30.7, 8.2, 0.01)))
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");

        dataManager().header("If-None-Match", "\"1\"").when().get(HAZARD_AREAS + "/" + id)
                .then().statusCode(304).header("ETag", "\"1\"");
        dataManager().header("If-None-Match", "\"7\"").when().get(HAZARD_AREAS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
    }

    /**
     * Timestamps leave as Instant.toString writes them, whatever PostgreSQL holds: no fraction for
     * whole seconds, otherwise three or six digits, in a feature, a page and an export alike.
     */
    @Test
    void timestampsAreInstantsWithTheFractionTheyHold() {
        String name = uniqueName("instants");
        String id = dataManager().contentType("application/geo+json")
                .body(hazard(name, Features.square(30.8, 8.2, 0.01)))
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");
        Database.execute(dataSource, "UPDATE hazard_area SET created_at = '2026-03-01 09:30:00+00', "
                + "updated_at = '2026-03-01 09:30:00.12+00', status_changed_at = '2026-03-01 09:30:00.1234+00' "
                + "WHERE id = '" + id + "'");

        for (String features : List.of("", "features[0].")) {
            String url = features.isEmpty() ? HAZARD_AREAS + "/" + id : HAZARD_AREAS + "?q=" + name;
            dataManager().when().get(url).then().statusCode(200)
                    .body(features + "properties.createdAt", equalTo("2026-03-01T09:30:00Z"))
                    .body(features + "properties.updatedAt", equalTo("2026-03-01T09:30:00.120Z"))
                    .body(features + "properties.statusChangedAt", equalTo("2026-03-01T09:30:00.123400Z"));
        }
        String csv = dataManager().when().get("/api/v1/exports/hazard-areas?format=csv&q=" + name)
                .then().statusCode(200).extract().asString();
        for (String instant : List.of("2026-03-01T09:30:00Z", "2026-03-01T09:30:00.120Z",
                "2026-03-01T09:30:00.123400Z")) {
            assertTrue(csv.contains(instant), instant + " in " + csv);
        }
    }

    static double quadrangleAreaOnWgs84(double west, double south, double east, double north) {
        double a = 6_378_137.0;
        double f = 1 / 298.257223563;
        double b = a * (1 - f);
        double e2 = f * (2 - f);
        double e = Math.sqrt(e2);
        DoubleUnaryOperator q = latitude -> {
            double s = Math.sin(Math.toRadians(latitude));
            return s / (1 - e2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
        };
        return Math.toRadians(east - west) * b * b / 2 * (q.applyAsDouble(north) - q.applyAsDouble(south));
    }
}
