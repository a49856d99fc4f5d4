package org.cairn.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.cairn.feature.FeatureType;
import org.cairn.feature.ServedCollection;
import org.cairn.feature.SqlStatement;
import org.cairn.geo.Crs;
import org.cairn.security.FeatureAccess;

/**
 * The spatial and temporal extent of a collection as its caller sees it: the box covering every
 * geometry it may read (generalised ones for accidents), and the first and last date; none of
 * either for a collection with nothing in it.
 */
@ApplicationScoped
class OgcExtent {

    private static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    @Inject AgroalDataSource dataSource;

    void write(ServedCollection collection, FeatureType type, FeatureAccess access, ObjectNode extent) {
        SqlStatement query = new SqlStatement().append("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), "
                + "first, last FROM (SELECT ST_Extent(" + type.geometryColumn() + ") AS e, min("
                + collection.temporalColumn() + ")::text AS first, max(" + collection.temporalColumn()
                + ")::text AS last FROM " + type.from() + " WHERE " + type.visible());
        type.restrict(access, query);
        query.append(") x");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = query.prepare(connection);
                ResultSet row = statement.executeQuery()) {
            row.next();
            // A collection with nothing in it has no extent: the whole world would send a GIS client
            // zooming out to look for features that are not there.
            if (row.getObject(1) != null) {
                ObjectNode spatial = extent.putObject("spatial");
                spatial.putArray("bbox").addArray().add(row.getDouble(1)).add(row.getDouble(2)).add(row.getDouble(3))
                        .add(row.getDouble(4));
                spatial.put("crs", Crs.CRS84.uri());
            }
            if (row.getString(5) != null) {
                ObjectNode temporal = extent.putObject("temporal");
                ArrayNode interval = temporal.putArray("interval").addArray();
                interval.add(instant(row.getString(5)));
                interval.add(instant(row.getString(6)));
                temporal.put("trs", GREGORIAN);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The extent of " + collection.id() + " could not be read", e);
        }
    }

    /** The start of a day as an RFC 3339 instant; null stays null, an open end. */
    private static String instant(String day) {
        return day == null ? null : day + "T00:00:00Z";
    }
}
