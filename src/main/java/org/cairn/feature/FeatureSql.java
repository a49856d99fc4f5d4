package org.cairn.feature;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.geo.Crs;
import org.cairn.security.FeatureAccess;

/**
 * The one SELECT behind every list and every single feature: id, GeoJSON geometry encoded by
 * PostGIS, version, the properties, and the sort value the next cursor is made of; and the layers
 * of vector tiles, from the same types under the same rules.
 */
final class FeatureSql {

    /** Millimetres, for projected coordinates. */
    private static final int METRE_DECIMALS = 3;

    /** Tile coordinates per side, and the margin around a tile that geometries are clipped to. */
    private static final int TILE_EXTENT = 4096;
    private static final int TILE_BUFFER = 64;
    private static final double EARTH_CIRCUMFERENCE_METRES = 40_075_016.685578488;

    static final int ID = 1;
    static final int GEOMETRY = 2;
    static final int VERSION = 3;
    static final int FIRST_PROPERTY = 4;

    private FeatureSql() {
    }

    static SqlStatement page(FeatureType type, FeatureQuery query, FeatureAccess access) {
        SqlStatement select = select(type, query.sort().column(), access,
                geometry(type.geometryColumn(), query.crs(), query.decimals()));
        where(type, query, select);
        after(query, select);
        String direction = direction(query);
        select.append(" ORDER BY " + query.sort().column() + " " + direction + ", t.id " + direction);
        // One row more than asked tells whether a next page exists.
        select.append(" LIMIT ?", query.limit() + 1);
        // A cached generic plan cannot know how much of the table a window holds, and reads all of
        // a large one before sorting; planned with its values the query reads in order and stops.
        // It also works out a filter's geometry (a CQL2 literal, a transformed window) again for
        // every row, where a plan made with the values works it out once.
        return query.bbox() == null && query.conditions().isEmpty() ? select : select.plannedEachTime();
    }

    /**
     * The same page as {@link #page} for a query with a single bbox, chosen in two steps. The
     * footprint index gives every row whose box touches the window together with its sort value,
     * without reading the table; those are put in order, and only then are rows read from the
     * table, one by one in that order, each checked against the exact intersection and every other
     * filter, until the page is full. A dense window thus costs table reads for the rows returned
     * (and for the few whose box touches the window but whose shape does not), not for every
     * polygon in it.
     */
    static SqlStatement pageByFootprint(FeatureType type, FeatureQuery query, FeatureAccess access) {
        String sort = query.sort().column();
        String direction = direction(query);
        SqlStatement select = new SqlStatement()
                .append(columns(type, access, sort,
                        geometry(type.geometryColumn(), query.crs(), query.decimals())));
        select.append(" FROM (SELECT t.id, " + sort + " AS sort_value FROM " + type.footprintTable() + " t WHERE "
                + type.visible() + " AND t.footprint && box(");
        query.bbox().envelope(select);
        select.append(")");
        after(query, select);
        // OFFSET 0 keeps both subqueries apart: merged, the planner would read every candidate's row.
        select.append(" ORDER BY " + sort + " " + direction + ", t.id " + direction + " OFFSET 0) page"
                + " CROSS JOIN LATERAL (SELECT * FROM " + type.footprintTable() + " t WHERE t.id = page.id OFFSET 0) t"
                + type.joins() + " WHERE " + type.visible());
        type.restrict(access, select);
        where(type, query, select);
        select.append(" ORDER BY page.sort_value " + direction + ", page.id " + direction);
        select.append(" LIMIT ?", query.limit() + 1);
        return select;
    }

    /** How many rows PostGIS's statistics expect in the single bbox, and in the table; NULLs before any. */
    static SqlStatement estimatedWindow(FeatureType type, Bbox bbox) {
        String column = type.geometryColumn().substring("t.".length());
        SqlStatement estimate = new SqlStatement().append("SELECT matches, total FROM estimated_window(CAST(? AS regclass), ?, ",
                type.footprintTable(), column);
        bbox.envelope(estimate);
        return estimate.append(")");
    }

    /** Resumes after the cursor's row, in the query's order. */
    private static void after(FeatureQuery query, SqlStatement where) {
        if (query.after() != null) {
            where.append(" AND (" + query.sort().column() + ", t.id) " + (query.descending() ? "<" : ">")
                    + " (CAST(? AS " + query.sort().sqlType() + "), ?)", query.after().value(), query.after().id());
        }
    }

    private static String direction(FeatureQuery query) {
        return query.descending() ? "DESC" : "ASC";
    }

    /** Every feature the query reaches, in its order, with the geometry encoded for an export. */
    static SqlStatement all(FeatureType type, FeatureQuery query, FeatureAccess access, GeometryEncoding encoding) {
        SqlStatement select = select(type, query.sort().column(), access,
                encoding.of(type.geometryColumn(), query.decimals()));
        where(type, query, select);
        String direction = direction(query);
        // Made once per export, so planning it with its values (see page) costs next to nothing.
        return select.append(" ORDER BY " + query.sort().column() + " " + direction + ", t.id " + direction)
                .plannedEachTime();
    }

    /** The features of these ids the caller may see, in CRS84. */
    static SqlStatement many(FeatureType type, Collection<UUID> ids, FeatureAccess access) {
        return select(type, "t.id", access, Crs.CRS84).append(" AND t.id = ANY(?)", (Object) ids.toArray(UUID[]::new));
    }

    static SqlStatement one(FeatureType type, UUID id, FeatureAccess access, Crs crs) {
        return select(type, "t.id", access, crs).append(" AND t.id = ?", id);
    }

    /** Whether the caller may see the feature of this id: one row or none, and nothing of it read. */
    static SqlStatement exists(FeatureType type, UUID id, FeatureAccess access) {
        SqlStatement exists = new SqlStatement().append("SELECT 1 FROM " + type.from() + " WHERE " + type.visible()
                + " AND t.id = ?", id);
        type.restrict(access, exists);
        return exists;
    }

    /** How many rows the query reaches over all its pages. */
    static SqlStatement count(FeatureType type, FeatureQuery query, FeatureAccess access) {
        SqlStatement count = new SqlStatement().append("SELECT count(*) FROM " + type.from() + " WHERE " + type.visible());
        type.restrict(access, count);
        where(type, query, count);
        return count.plannedEachTime();
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

    /** A single item or a few, written with every decimal: what a client edits must come back as stored. */
    private static SqlStatement select(FeatureType type, String sortColumn, FeatureAccess access, Crs crs) {
        return select(type, sortColumn, access, geometry(type.geometryColumn(), crs, FeatureQuery.FULL_DECIMALS));
    }

    private static SqlStatement select(FeatureType type, String sortColumn, FeatureAccess access, String geometry) {
        SqlStatement select = new SqlStatement().append(columns(type, access, sortColumn, geometry)
                + " FROM " + type.from() + " WHERE " + type.visible());
        type.restrict(access, select);
        return select;
    }

    private static String columns(FeatureType type, FeatureAccess access, String sortColumn, String geometry) {
        StringBuilder columns = new StringBuilder("SELECT t.id, ").append(geometry).append(", t.version");
        for (FeatureProperty property : type.properties()) {
            columns.append(", ").append(property.kind().selected(type.sql(property, access)));
        }
        return columns.append(", ").append(sortColumn).append("::text").toString();
    }

    /**
     * One layer of a Mapbox vector tile, made by PostGIS ({@code ST_AsMVT}): the rows the caller may
     * see in the tile, geometries simplified to the zoom and clipped to the tile, with the properties
     * for styling as the caller may read them. A polygon smaller than a pixel becomes a point rather
     * than vanishing: a hazard must never drop off a map because it is small.
     */
    static SqlStatement tileLayer(FeatureType type, String layer, List<String> properties, FeatureAccess access,
            FeatureQuery selection, int z, int x, int y) {
        double tolerance = EARTH_CIRCUMFERENCE_METRES / (1L << z) / TILE_EXTENT / 2;
        StringBuilder columns = new StringBuilder();
        for (String name : properties) {
            columns.append(", ").append(type.sql(type.property(name), access)).append(" AS \"").append(name).append('"');
        }
        String geometry = type.geometryColumn();
        SqlStatement query = new SqlStatement().append("WITH bounds AS (SELECT ST_TileEnvelope(?, ?, ?) AS env), "
                + "layer AS (SELECT coalesce(ST_AsMVTGeom(ST_SimplifyPreserveTopology(ST_Transform(" + geometry
                + ", 3857), " + tolerance + "), bounds.env, " + TILE_EXTENT + ", " + TILE_BUFFER + ", true), "
                + "ST_AsMVTGeom(ST_Transform(ST_PointOnSurface(" + geometry + "), 3857), bounds.env, " + TILE_EXTENT
                + ", " + TILE_BUFFER + ", true)) AS geom, t.id::text AS id"
                + columns + " FROM " + type.from() + ", bounds WHERE " + type.visible()
                + " AND " + geometry + " && ST_Transform(bounds.env, 4326)", z, x, y);
        type.restrict(access, query);
        where(type, selection, query);
        query.append(") SELECT ST_AsMVT(layer.*, '" + layer + "', " + TILE_EXTENT + ", 'geom') "
                + "FROM layer WHERE geom IS NOT NULL");
        // Planned with its values, the tile's envelope is worked out once; a cached generic plan
        // works it out again for every row, twice, and a z14 tile took 60 % longer.
        return query.plannedEachTime();
    }

    /** GeoJSON of the geometry in the wanted CRS, its axes in that CRS's order, degrees to these decimals. */
    private static String geometry(String column, Crs crs, int decimals) {
        if (crs.equals(Crs.CRS84)) {
            return "ST_AsGeoJSON(" + column + ", " + decimals + ")";
        }
        if (crs.geographic()) {
            return "ST_AsGeoJSON(ST_FlipCoordinates(" + column + "), " + decimals + ")";
        }
        // Options 0: no "crs" member in the geometry; the answer names its CRS in Content-Crs.
        return "ST_AsGeoJSON(ST_Transform(" + column + ", " + crs.srid() + "), " + METRE_DECIMALS + ", 0)";
    }
}
