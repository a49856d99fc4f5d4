package org.cairn.feature;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of an export as it streams by: the id, the geometry as PostGIS encoded it, and the
 * properties, restricted ones withheld as in every other answer. Valid until the next row.
 */
public final class FeatureRow {

    private final ResultSet row;
    private final List<FeatureProperty> properties;

    FeatureRow(ResultSet row, List<FeatureProperty> properties) {
        this.row = row;
        this.properties = properties;
    }

    public List<FeatureProperty> properties() {
        return properties;
    }

    public String id() throws SQLException {
        return row.getString(FeatureSql.ID);
    }

    public String geometryText() throws SQLException {
        return row.getString(FeatureSql.GEOMETRY);
    }

    public byte[] geometryBytes() throws SQLException {
        return row.getBytes(FeatureSql.GEOMETRY);
    }

    /** What joins the items of a list in a flat file (CSV, GeoPackage): lists of codes never hold it. */
    public static final String LIST_SEPARATOR = ";";

    /** The property as a Java value: String, Long, Double or Boolean; lists and objects as their JSON text. */
    public Object value(int index) throws SQLException {
        FeatureProperty property = properties.get(index);
        int column = FeatureSql.FIRST_PROPERTY + index;
        Object value = switch (property.kind()) {
            case INTEGER -> row.getLong(column);
            case NUMBER -> row.getDouble(column);
            case BOOLEAN -> row.getBoolean(column);
            case TIMESTAMP -> PropertyKind.instant(row.getString(column));
            case STRING_ARRAY -> {
                Array array = row.getArray(column);
                yield array == null ? null : Arrays.stream((Object[]) array.getArray()).map(String::valueOf)
                        .collect(Collectors.joining(LIST_SEPARATOR));
            }
            case STRING, ID, DATE, JSON -> row.getString(column);
        };
        return row.wasNull() ? null : value;
    }

    /** The row as a GeoJSON Feature, exactly as lists write it. */
    public void writeGeoJson(JsonGenerator json) throws SQLException, IOException {
        FeatureWriter.write(json, properties, null, row, ExtraMembers.NONE);
    }
}
