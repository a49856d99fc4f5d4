package org.cairn.feature;

import java.util.List;
import org.cairn.geo.Crs;
import org.cairn.web.QueryParameters;

/**
 * A bounding box in some CRS, as {@code minX,minY,maxX,maxY} in that CRS's axis order (a 6-number
 * box with heights is accepted and its heights ignored). In CRS84 a west edge greater than the
 * east edge crosses the antimeridian and is answered as two boxes.
 *
 * @param west  the minimum longitude or easting
 * @param south the minimum latitude or northing
 * @param east  the maximum longitude or easting
 * @param north the maximum latitude or northing
 */
public record Bbox(double west, double south, double east, double north, Crs crs) {

    public static Bbox parse(List<String> values, Crs crs) {
        if (values.size() != 1) {
            throw QueryParameters.invalid("bbox", "takes one value of 4 comma-separated numbers");
        }
        String[] parts = values.get(0).split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw QueryParameters.invalid("bbox", "takes 4 numbers (or 6 with heights), comma-separated");
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw QueryParameters.invalid("bbox", "has a value that is not a number");
            }
            if (!Double.isFinite(n[i])) {
                throw QueryParameters.invalid("bbox", "needs finite numbers");
            }
        }
        int half = parts.length / 2;
        // Latitude-first systems list the box as minLat, minLon, maxLat, maxLon.
        Bbox box = crs.latitudeFirst()
                ? new Bbox(n[1], n[0], n[half + 1], n[half], crs)
                : new Bbox(n[0], n[1], n[half], n[half + 1], crs);
        box.check();
        return box;
    }

    private void check() {
        if (crs.geographic()) {
            if (west < -180 || west > 180 || east < -180 || east > 180) {
                throw QueryParameters.invalid("bbox", "has a longitude outside [-180, 180]");
            }
            if (south < -90 || south > 90 || north < -90 || north > 90) {
                throw QueryParameters.invalid("bbox", "has a latitude outside [-90, 90]");
            }
        } else if (west > east) {
            throw QueryParameters.invalid("bbox", "has its minimum easting above its maximum");
        }
        if (south > north) {
            throw QueryParameters.invalid("bbox", "has its south edge above its north edge");
        }
    }

    /** Whether this is one box in WGS 84, not two either side of the antimeridian. */
    public boolean single() {
        return !crs.geographic() || west <= east;
    }

    /** Filters on the spatial index first ({@code &&}, inside ST_Intersects), then on the exact intersection. */
    public void apply(String geometryColumn, SqlStatement where) {
        if (single()) {
            where.append(" AND ST_Intersects(" + geometryColumn + ", ");
            envelope(where);
            where.append(")");
        } else {
            where.append(" AND (ST_Intersects(" + geometryColumn + ", ST_MakeEnvelope(?, ?, 180, ?, 4326))"
                    + " OR ST_Intersects(" + geometryColumn + ", ST_MakeEnvelope(-180, ?, ?, ?, 4326)))",
                    west, south, north, south, east, north);
        }
    }

    /** The single box as a WGS 84 geometry; in a projected CRS its corners are transformed. */
    void envelope(SqlStatement sql) {
        if (crs.geographic()) {
            sql.append("ST_MakeEnvelope(?, ?, ?, ?, 4326)", west, south, east, north);
        } else {
            sql.append("ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, " + crs.srid() + "), 4326)", west, south, east, north);
        }
    }
}
