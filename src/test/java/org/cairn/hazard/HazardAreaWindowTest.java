package org.cairn.hazard;

import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.geometry;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cairn.support.Database;
import org.cairn.support.Pages;
import org.cairn.support.Records;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages of hazard areas in a map window. Once the table has statistics, such pages are chosen
 * from the footprint index (the polygons' boxes) and only then read from the table; the answer
 * must be exactly what the plain query gives: the exact intersection, not the box, decides, and
 * every order with its id tie-break and cursors works as on any list. A page with other filters
 * takes the plain query, so these pages select by the window alone, in a part of the world that
 * only this test draws in and clears before each of its tests.
 */
@QuarkusTest
class HazardAreaWindowTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";
    /** A window in the South Pacific that no other test draws in. */
    private static final String WINDOW = "-150,-40,-149.9,-39.9";

    @Inject
    AgroalDataSource dataSource;

    private String name;
    private List<Map<String, Object>> inWindow;

    @BeforeEach
    void layHazards() {
        Database.execute(dataSource, "UPDATE hazard_area SET deleted_at = now(), deleted_by = 'window test'"
                + " WHERE deleted_at IS NULL AND ST_Intersects(geom, ST_MakeEnvelope(-151, -41, -149, -39, 4326))");
        name = uniqueName("window");
        List<String> inside = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            inside.add(Records.hazardArea(hazard(name, square(-149.995 + (i % 4) * 0.02, -39.995 + (i / 4) * 0.03, 0.01))));
        }
        // Straddles the window's east edge: in the window although most of it is outside.
        inside.add(Records.hazardArea(hazard(name, square(-149.905, -39.95, 0.02))));
        // A triangle beyond the north-east corner: its box overlaps the window, the triangle does not.
        Records.hazardArea(hazard(name, geometry("Polygon", List.of(List.of(List.of(-149.91, -39.85),
                List.of(-149.85, -39.85), List.of(-149.85, -39.91), List.of(-149.91, -39.85))))));
        Records.hazardArea(hazard(name, square(-149.85, -39.95, 0.01)));
        Records.hazardArea(hazard(name, square(-150.2, -40.2, 0.01)));
        String deleted = Records.hazardArea(hazard(name, square(-149.95, -39.95, 0.01)));
        dataManager().when().delete(HAZARD_AREAS + "/" + deleted).then().statusCode(204);
        // Equal sort values, so that the id decides between them.
        Database.execute(dataSource, "UPDATE hazard_area SET updated_at = '2026-01-01T00:00:00Z' WHERE id IN ('"
                + String.join("','", inside.subList(0, 6)) + "')");
        // Statistics let the service estimate how many rows a window holds, which it needs before
        // it chooses a page from the footprint index.
        Database.execute(dataSource, "ANALYZE hazard_area");
        inWindow = dataManager().when().get(HAZARD_AREAS + "?limit=100&q=" + name + "&bbox=-151,-41,-149,-39")
                .then().statusCode(200).extract().jsonPath().getList("features");
        inWindow.removeIf(feature -> !inside.contains((String) feature.get("id")));
        assertEquals(inside.size(), inWindow.size());
    }

    @Test
    void everyOrderWalksTheWindowInItsOrderWithItsTieBreak() {
        Map<String, Comparator<Map<String, Object>>> orders = Map.of(
                "updatedAt", Comparator.comparing(feature -> Instant.parse(property(feature, "updatedAt"))),
                "createdAt", Comparator.comparing(feature -> Instant.parse(property(feature, "createdAt"))),
                "localId", Comparator.comparing(feature -> property(feature, "localId")));
        for (Map.Entry<String, Comparator<Map<String, Object>>> sort : orders.entrySet()) {
            // PostgreSQL orders uuids as their lowercase text sorts.
            Comparator<Map<String, Object>> order = sort.getValue().thenComparing(feature -> (String) feature.get("id"));

            assertEquals(ids(order), walk("sort=" + sort.getKey()), "sorted by " + sort.getKey());
            assertEquals(ids(order.reversed()), walk("sort=-" + sort.getKey()), "sorted by -" + sort.getKey());
        }
    }

    @Test
    void aProjectedWindowFindsTheSameHazards() {
        // The same window in Web Mercator metres, read through OGC API Features.
        List<String> found = dataManager()
                .queryParam("bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/3857")
                .queryParam("bbox", "-16697923.619,-4865942.280,-16686791.670,-4851421.175")
                .queryParam("limit", 100)
                .when().get("/ogc/collections/hazard-areas/items")
                .then().statusCode(200).extract().path("features.id");
        assertEquals(ids(Comparator.comparing(feature -> (String) feature.get("id"))), found.stream().sorted().toList());
    }

    @Test
    void withoutStatisticsTheEstimateIsAbsentRatherThanAnError() {
        Database.execute(dataSource, "CREATE TABLE window_without_statistics (g geometry)");
        try {
            assertNull(Database.single(dataSource, "SELECT matches FROM estimated_window('window_without_statistics',"
                    + " 'g', ST_MakeEnvelope(0, 0, 1, 1, 4326))"));
        } finally {
            Database.execute(dataSource, "DROP TABLE window_without_statistics");
        }
        assertNotNull(Database.single(dataSource, "SELECT matches FROM estimated_window('hazard_area', 'geom',"
                + " ST_MakeEnvelope(-150, -40, -149.9, -39.9, 4326))"));
    }

    private List<String> ids(Comparator<Map<String, Object>> order) {
        return inWindow.stream().sorted(order).map(feature -> (String) feature.get("id")).toList();
    }

    /** The window walked three features a page, in this order. */
    private static List<String> walk(String sort) {
        return Pages.featureIds(HAZARD_AREAS + "?limit=3&bbox=" + WINDOW + "&" + sort);
    }

    @SuppressWarnings("unchecked")
    private static String property(Map<String, Object> feature, String name) {
        return (String) ((Map<String, Object>) feature.get("properties")).get(name);
    }
}
