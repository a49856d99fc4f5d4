package org.cairn.feature;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.geo.Crs;

/**
 * The one SELECT behind every list and every single feature: id, GeoJSON geometry encoded by
 * PostGIS, version, the properties, and the sort value the next cursor is made of.
 */
final class FeatureSql {

    /** Enough decimals to give back exactly the coordinates a client sent. */
    private static final int DEGREE_DECIMALS = 15;
    /** Millimetres, for projected coordinates. */
    private static final int METRE_DECIMALS = 3;

    static final int ID = 1;
    static final int GEOMETRY = 2;
    static final int VERSION = 3;
    static final int FIRST_PROPERTY = 4;

    private FeatureSql() {
    }

    static SqlStatement page(FeatureType type, FeatureQuery query, FeatureAccess access) {
        SqlStatement select = select(type, query.sort().column(), access, query.crs());
        where(type, query, select);
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

    /** Every feature the query reaches, in its order, with the geometry encoded for an export. */
    static SqlStatement all(FeatureType type, FeatureQuery query, FeatureAccess access, GeometryEncoding encoding) {
        SqlStatement select = select(type, query.sort().column(), access,
                encoding.of(type.geometryColumn()));
        where(type, query, select);
        String direction = query.descending() ? "DESC" : "ASC";
        return select.append(" ORDER BY " + query.sort().column() + " " + direction + ", t.id " + direction);
    }

    /** The features of these ids the caller may see, in CRS84. */
    static SqlStatement many(FeatureType type, Collection<UUID> ids, FeatureAccess access) {
        return select(type, "t.id", access, Crs.CRS84).append(" AND t.id = ANY(?)", (Object) ids.toArray(UUID[]::new));
    }

    static SqlStatement one(FeatureType type, UUID id, FeatureAccess access, Crs crs) {
        return select(type, "t.id", access, crs).append(" AND t.id = ?", id);
    }

    /** How many rows the query reaches over all its pages. */
    static SqlStatement count(FeatureType type, FeatureQuery query, FeatureAccess access) {
        SqlStatement count = new SqlStatement().append("SELECT count(*) FROM " + type.from() + " WHERE " + type.visible());
        type.restrict(access, count);
        where(type, query, count);
        return count;
    }

    private static void where(FeatureType type, FeatureQuery query, SqlStatement where) {
        for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
            type.filters().get(filter.getKey()).apply(filter.getKey(), filter.getValue(), where);
        }
        if (query.bbox() != null) {
            query.bbox().apply(type.geometryColumn(), where);
        }
        query.conditions().forEach(condition -> condition.append(where));
    }

    private static SqlStatement select(FeatureType type, String sortColumn, FeatureAccess access, Crs crs) {
        return select(type, sortColumn, access, geometry(type.geometryColumn(), crs));
    }

    private static SqlStatement select(FeatureType type, String sortColumn, FeatureAccess access, String geometry) {
        StringBuilder columns = new StringBuilder("SELECT t.id, ").append(geometry).append(", t.version");
        for (FeatureProperty property : type.properties()) {
            columns.append(", ").append(property.sql());
        }
        columns.append(", ").append(sortColumn).append("::text");
        SqlStatement select = new SqlStatement().append(columns + " FROM " + type.from() + " WHERE " + type.visible());
        type.restrict(access, select);
        return select;
    }

    /** GeoJSON of the geometry in the wanted CRS, its axes in that CRS's order. */
    private static String geometry(String column, Crs crs) {
        if (crs.equals(Crs.CRS84)) {
            return "ST_AsGeoJSON(" + column + ", " + DEGREE_DECIMALS + ")";
        }
        if (crs.geographic()) {
            return "ST_AsGeoJSON(ST_FlipCoordinates(" + column + "), " + DEGREE_DECIMALS + ")";
        }
        // Options 0: no "crs" member in the geometry; the answer names its CRS in Content-Crs.
        return "ST_AsGeoJSON(ST_Transform(" + column + ", " + crs.srid() + "), " + METRE_DECIMALS + ", 0)";
    }
}
