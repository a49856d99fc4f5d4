package org.cairn.ogc.cql2;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Refuses a geometry literal that is no valid geometry (a bow-tie polygon, a hole outside its
 * shell): PostGIS would compare with it all the same and answer as if the filter made sense.
 */
final class Validity {

    private Validity() {
    }

    static void check(Operand.GeometryLiteral literal) {
        Geometry geometry;
        try {
            geometry = new WKTReader().read(literal.value().wkt());
        } catch (ParseException e) {
            throw literal.at().fault("The geometry " + literal.at().describe() + " cannot be read.");
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            throw literal.at().fault("The geometry " + literal.at().describe() + " is not valid: "
                    + error.getMessage() + ".");
        }
    }
}
