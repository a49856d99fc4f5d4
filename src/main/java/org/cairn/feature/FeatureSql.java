package org.cairn.feature;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one SELECT behind every list and every single feature: id, GeoJSON geometry encoded by
 * PostGIS, version, the properties, and the sort value the next cursor is made of.
 */
final class FeatureSql {

    /** Enough decimals to give back exactly the coordinates a client sent. */
    private static final int GEOJSON_DECIMALS = 15;

    static final int ID = 1;
    static final int GEOMETRY = 2;
    static final int VERSION = 3;
    static final int FIRST_PROPERTY = 4;

    private FeatureSql() {
    }

    static SqlStatement page(FeatureType type, FeatureQuery query, FeatureAccess access) {
        SqlStatement select = select(type, query.sort().column(), access);
        for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
            type.filters().get(filter.getKey()).apply(filter.getKey(), filter.getValue(), select);
        }
        if (query.bbox() != null) {
            query.bbox().apply(type.geometryColumn(), select);
        }
        String direction = query.descending() ? "DESC" : "ASC";
        if (query.after() != null) {
            select.append(" AND (" + query.sort().column() + ", t.id) " + (query.descending() ? "<" : ">")
                    + " (CAST(? AS " + query.sort().sqlType() + "), ?)", query.after().value(), query.after().id());
        }
        select.append(" ORDER BY " + query.sort().column() + " " + direction + ", t.id " + direction);
        // One row more than asked tells whether a next page exists.
        select.append(" LIMIT ?", query.limit() + 1);
        return select;
    }

    static SqlStatement one(FeatureType type, UUID id, FeatureAccess access) {
        return select(type, "t.id", access).append(" AND t.id = ?", id);
    }

    private static SqlStatement select(FeatureType type, String sortColumn, FeatureAccess access) {
        StringBuilder columns = new StringBuilder("SELECT t.id, ST_AsGeoJSON(")
                .append(type.geometryColumn()).append(", ").append(GEOJSON_DECIMALS).append("), t.version");
        for (FeatureProperty property : type.properties()) {
            columns.append(", ").append(property.sql());
        }
        columns.append(", ").append(sortColumn).append("::text");
        SqlStatement select = new SqlStatement().append(columns + " FROM " + type.from() + " WHERE " + type.visible());
        if (access.organisation() != null) {
            select.append(" AND " + type.organisationColumn() + " = ?", access.organisation());
        }
        if (type.sensitiveRows() != null && !access.sensitive()) {
            select.append(" AND NOT (" + type.sensitiveRows() + ")");
        }
        return select;
    }
}
