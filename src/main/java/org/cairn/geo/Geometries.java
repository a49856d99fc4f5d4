package org.cairn.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** WGS 84 geometry factory and the small geodesy Cairn needs outside the database. */
public final class Geometries {

    public static final int WGS84_SRID = 4326;
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), WGS84_SRID);

    /** Field survey practice: consecutive perimeter vertices further apart are likely a typing error. */
    static final double LONG_EDGE_METRES = 5_000;
    static final String ALTITUDE_DROPPED = "ALTITUDE_DROPPED";

    private static final double EARTH_MEAN_RADIUS_METRES = 6_371_008.8;

    private Geometries() {
    }

    /** A multipolygon from the WKB PostGIS returned, in WGS 84. */
    public static MultiPolygon multiPolygon(byte[] wkb) {
        try {
            Geometry geometry = new WKBReader(WGS84).read(wkb);
            geometry.setSRID(WGS84_SRID);
            return (MultiPolygon) geometry;
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }

    /** WKB of a 2D geometry, to hand to PostGIS with its SRID given apart. */
    public static byte[] wkb(Geometry geometry) {
        return new WKBWriter(2).write(geometry);
    }

    /** Great-circle distance; ample for a plausibility warning, never used for stored figures. */
    static double haversineMetres(Coordinate a, Coordinate b) {
        double lat1 = Math.toRadians(a.y);
        double lat2 = Math.toRadians(b.y);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.x - a.x);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_MEAN_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
