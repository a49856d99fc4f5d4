package org.cairn.feature;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Writes rows of {@link FeatureSql} as GeoJSON Features; the geometry text goes through untouched,
 * as the bytes PostgreSQL sent.
 */
final class FeatureWriter {

    private FeatureWriter() {
    }

    /** Writes one feature; {@code wanted} names the properties to write, or is null for all. */
    static void write(JsonGenerator json, List<FeatureProperty> properties, Set<String> wanted,
            ResultSet row, ExtraMembers extra) throws SQLException, IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", row.getString(FeatureSql.ID));
        json.writeFieldName("geometry");
        byte[] geometry = row.getBytes(FeatureSql.GEOMETRY);
        if (geometry == null) {
            json.writeNull();
        } else {
            json.writeRawValue(new RawJson(geometry));
        }
        json.writeObjectFieldStart("properties");
        for (int i = 0; i < properties.size(); i++) {
            FeatureProperty property = properties.get(i);
            if (wanted != null && !wanted.contains(property.name())) {
                continue;
            }
            json.writeFieldName(property.jsonName());
            property.kind().write(json, row, FeatureSql.FIRST_PROPERTY + i);
        }
        json.writeEndObject();
        extra.write(json);
        json.writeEndObject();
    }

    /** Column of the sort value, right after the properties. */
    static int sortColumn(List<FeatureProperty> properties) {
        return FeatureSql.FIRST_PROPERTY + properties.size();
    }
}
