package org.cairn.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cairn.geo.Crs;
import org.junit.jupiter.api.Test;

/**
 * The snapping that lets nearby windows share one remembered estimate: the snapped window holds
 * the window, is at most 16 times its area, and is the same for windows of about the same size
 * and place.
 */
class WindowEstimatesTest {

    @Test
    void aWindowSnapsToAtMostTwoCellsEachWayAroundIt() {
        Bbox window = new Bbox(31.237, 8.514, 31.337, 8.614, Crs.CRS84);

        Bbox snapped = WindowEstimates.snap(window);

        assertEquals(new Bbox(31.125, 8.5, 31.375, 8.625, Crs.CRS84), snapped);
        assertContains(snapped, window);
    }

    @Test
    void nearbyWindowsOfAboutTheSameSizeShareTheirSnappedWindow() {
        Bbox one = WindowEstimates.snap(new Bbox(31.130, 8.501, 31.230, 8.601, Crs.CRS84));
        Bbox other = WindowEstimates.snap(new Bbox(31.140, 8.505, 31.240, 8.620, Crs.CRS84));

        assertEquals(one, other);
    }

    @Test
    void theSnappedAreaIsAtMostSixteenTimesTheWindowsForEveryShape() {
        double[][] sizes = {{0.1, 0.1}, {0.0626, 0.0626}, {2.5, 0.001}, {0.3, 7}, {1e-5, 1e-5}};
        for (double[] size : sizes) {
            for (double west = -179.5; west < 179; west += 13.37) {
                Bbox window = new Bbox(west, -10.123, west + size[0], -10.123 + size[1], Crs.CRS84);
                Bbox snapped = WindowEstimates.snap(window);
                assertContains(snapped, window);
                assertTrue(area(snapped) <= 16 * area(window) * (1 + 1e-9), window + " snapped to " + snapped);
            }
        }
    }

    @Test
    void degreesStayWithinTheWorldAndMetresAreSnappedAsTheyCome() {
        Bbox edge = WindowEstimates.snap(new Bbox(179.7, 89.6, 180, 90, Crs.CRS84));
        assertEquals(180, edge.east());
        assertEquals(90, edge.north());

        Bbox metres = new Bbox(-16697923.6, -4865942.3, -16686791.7, -4851421.2, Crs.WEB_MERCATOR);
        Bbox snapped = WindowEstimates.snap(metres);
        assertContains(snapped, metres);
        assertEquals(Crs.WEB_MERCATOR, snapped.crs());
        assertTrue(snapped.west() < -16700000, "a cell of 16 384 m: " + snapped);
    }

    @Test
    void aWindowOfNoAreaStillGetsACell() {
        Bbox point = new Bbox(31.2, 8.5, 31.2, 8.5, Crs.CRS84);

        Bbox snapped = WindowEstimates.snap(point);

        assertContains(snapped, point);
        assertTrue(area(snapped) > 0 && area(snapped) < 1e-12, snapped.toString());
    }

    private static void assertContains(Bbox outer, Bbox inner) {
        assertTrue(outer.west() <= inner.west() && outer.south() <= inner.south()
                && outer.east() >= inner.east() && outer.north() >= inner.north(), outer + " holds " + inner);
    }

    private static double area(Bbox box) {
        return (box.east() - box.west()) * (box.north() - box.south());
    }
}
