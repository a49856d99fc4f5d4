package org.cairn.ogc.cql2;

import java.util.List;

/**
 * The rules both readers hold a geometry literal to, so that a malformed one is refused with its
 * position rather than failing in PostGIS at query time. One instance checks one literal, whose
 * positions must all have the same number of coordinates.
 */
final class CoordinateChecks {

    private int dimension;

    /** Holds the rest of the literal to this many coordinates per position. */
    void dimension(int coordinates, Location at) {
        if (dimension == 0) {
            dimension = coordinates;
        } else if (dimension != coordinates) {
            throw at.fault("The position " + at.describe() + " has " + coordinates
                    + " coordinates where the rest of the geometry has " + dimension + ".");
        }
    }

    double[] position(double[] coordinates, Location at) {
        if (coordinates.length < 2 || coordinates.length > 3) {
            throw at.fault("The position " + at.describe() + " needs 2 or 3 coordinates (x y, or x y z), not "
                    + coordinates.length + ".");
        }
        for (double coordinate : coordinates) {
            Literals.finite(coordinate, at);
        }
        dimension(coordinates.length, at);
        return coordinates;
    }

    List<double[]> line(List<double[]> positions, Location at) {
        if (positions.size() < 2) {
            throw at.fault("The line " + at.describe() + " needs at least 2 positions.");
        }
        return positions;
    }

    List<double[]> ring(List<double[]> positions, Location at) {
        if (positions.size() < 4) {
            throw at.fault("The polygon ring " + at.describe()
                    + " needs at least 4 positions, the last repeating the first.");
        }
        double[] first = positions.get(0);
        double[] last = positions.get(positions.size() - 1);
        for (int i = 0; i < first.length; i++) {
            if (first[i] != last[i]) {
                throw at.fault("The polygon ring " + at.describe()
                        + " is not closed; its last position must repeat its first.");
            }
        }
        return positions;
    }
}
