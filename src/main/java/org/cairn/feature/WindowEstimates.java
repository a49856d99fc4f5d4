package org.cairn.feature;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many rows PostGIS's statistics expect in a map window, remembered for a while. Asking is a
 * second statement on every page, about a tenth of the database's work for the page, yet the
 * answer changes only when the table is analysed. Map clients come back to the same places but
 * seldom to exactly the same window, so the estimate is asked for the window snapped outward to a
 * grid at its own scale, remembered for that snapped window, and scaled down to the window by
 * area. It only chooses between two plans that give the same answer; a rough or stale estimate
 * costs time, never rows.
 */
@ApplicationScoped
class WindowEstimates {

    /** Autovacuum analyses a busy table every few minutes; an estimate older than that may be off. */
    private static final Duration LIFETIME = Duration.ofMinutes(2);
    /** Windows of a few thousand places; past that the heap is worth more than the queries. */
    private static final int MOST = 10_000;
    /** A point or a line for a window still gets a cell, so that it is snapped like the others. */
    private static final double NARROWEST = 1e-7;

    /** Rows expected in the window, and in the whole table. */
    record Estimate(double matches, double total) {
    }

    private record Window(String table, Bbox snapped) {
    }

    /** The database's answer, absent before the table's first ANALYZE, and when to ask again. */
    private record Remembered(Optional<Estimate> estimate, long until) {
    }

    private final Map<Window, Remembered> remembered = new ConcurrentHashMap<>();

    /** The estimate for this single window, asked on the caller's connection when not remembered. */
    Optional<Estimate> of(FeatureType type, Bbox window, Connection connection) throws SQLException {
        Bbox snapped = snap(window);
        Window key = new Window(type.footprintTable(), snapped);
        long now = System.nanoTime();
        Remembered known = remembered.get(key);
        if (known == null || now - known.until() > 0) {
            known = new Remembered(ask(type, snapped, connection), now + LIFETIME.toNanos());
            if (remembered.size() >= MOST) {
                remembered.clear();
            }
            remembered.put(key, known);
        }
        // A window of no area on the world's edge snaps to one of no area too.
        double whole = area(snapped);
        double share = whole > 0 ? area(window) / whole : 1;
        return known.estimate().map(estimate -> new Estimate(estimate.matches() * share, estimate.total()));
    }

    private static Optional<Estimate> ask(FeatureType type, Bbox window, Connection connection) throws SQLException {
        try (PreparedStatement statement = FeatureSql.estimatedWindow(type, window).prepare(connection);
                ResultSet row = statement.executeQuery()) {
            row.next();
            double matches = row.getDouble(1);
            return row.wasNull() ? Optional.empty() : Optional.of(new Estimate(matches, row.getDouble(2)));
        }
    }

    /**
     * The window grown to whole cells of a grid whose cells are the next power of two above its
     * width and its height: at most two cells each way, so at most 16 times its area, and every
     * window of about that size near the same place gets the same snapped one. In degrees it stays
     * within the world's edges.
     */
    static Bbox snap(Bbox window) {
        double width = cell(window.east() - window.west());
        double height = cell(window.north() - window.south());
        double west = Math.floor(window.west() / width) * width;
        double south = Math.floor(window.south() / height) * height;
        double east = Math.max(Math.ceil(window.east() / width) * width, west + width);
        double north = Math.max(Math.ceil(window.north() / height) * height, south + height);
        if (window.crs().geographic()) {
            return new Bbox(Math.max(west, -180), Math.max(south, -90), Math.min(east, 180), Math.min(north, 90),
                    window.crs());
        }
        return new Bbox(west, south, east, north, window.crs());
    }

    private static double cell(double extent) {
        return Math.scalb(1.0, Math.getExponent(Math.max(extent, NARROWEST)) + 1);
    }

    private static double area(Bbox box) {
        return (box.east() - box.west()) * (box.north() - box.south());
    }
}
