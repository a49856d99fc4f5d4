package org.cairn.feature;

import static org.cairn.feature.Things.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.security.FeatureAccess;
import org.cairn.support.BoundValues;
import org.cairn.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The SQL the one read path makes, checked as text and bound values, in milliseconds and without a database. */
class FeatureSqlTest {

    private static final UUID ORGANISATION = UUID.fromString("6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a02");
    private static final FeatureAccess CONFINED = new FeatureAccess(ORGANISATION, false, false);

    @Test
    void aPageKeepsOutWhatTheCallerMayNotSeeAndAsksForOneRowMore() {
        FeatureQuery query = FeatureEndpoint.LIST.query(Things.TYPE, query("kind", "MINE", "limit", "20"));

        SqlStatement page = FeatureSql.page(Things.TYPE, query, CONFINED);

        assertEquals("SELECT t.id, ST_AsGeoJSON(t.geom, 7), t.version, t.name, CASE WHEN TRUE THEN NULL ELSE t.owner END, "
                + "CASE WHEN t.kind = 'STORE' THEN NULL ELSE t.contents END, t.quantity, t.updated_at::text "
                + "FROM thing t WHERE t.deleted_at IS NULL AND t.organisation_id = ? AND NOT (t.secret) "
                + "AND t.kind = ANY(?) ORDER BY t.updated_at ASC, t.id ASC LIMIT ?", page.sql());
        assertEquals(List.of(ORGANISATION, List.of("MINE"), 21), BoundValues.of(page));
    }

    @Test
    void restrictedAccessReadsEveryPropertyAndSensitiveAccessEveryRow() {
        FeatureQuery query = FeatureEndpoint.LIST.query(Things.TYPE, Map.of());

        String sql = FeatureSql.page(Things.TYPE, query, FeatureAccess.ALL).sql();

        assertTrue(sql.startsWith("SELECT t.id, ST_AsGeoJSON(t.geom, 7), t.version, t.name, t.owner, t.contents, "),
                sql);
        assertFalse(sql.contains("t.secret"), sql);
        assertFalse(sql.contains("organisation_id = ?"), sql);
    }

    @Test
    void theCountAndThePageSelectTheSameRows() {
        FeatureQuery query = FeatureEndpoint.OGC_ITEMS.query(Things.TYPE, query("kind", "UXO",
                "bbox", "32.9,9.3,33.2,9.6")).withCondition(where -> where.append(" AND t.quantity > ?", 3));

        SqlStatement count = FeatureSql.count(Things.TYPE, query, CONFINED);
        SqlStatement page = FeatureSql.page(Things.TYPE, query, CONFINED);

        String countWhere = count.sql().substring(count.sql().indexOf(" WHERE "));
        String pageWhere = page.sql().substring(page.sql().indexOf(" WHERE "), page.sql().indexOf(" ORDER BY "));
        assertEquals(countWhere, pageWhere);
        List<Object> pageValues = BoundValues.of(page);
        assertEquals(BoundValues.of(count), pageValues.subList(0, pageValues.size() - 1));
    }

    @Test
    void aCursorResumesAfterTheLastRowInTheListsOrder() {
        String cursor = new Cursor("-name", "Ridge", ORGANISATION).encode();
        FeatureQuery query = FeatureEndpoint.LIST.query(Things.TYPE, query("sort", "-name", "cursor", cursor));

        SqlStatement page = FeatureSql.page(Things.TYPE, query, FeatureAccess.ALL);

        assertTrue(page.sql().endsWith(" AND (t.name, t.id) < (CAST(? AS text), ?) ORDER BY t.name DESC, t.id DESC "
                + "LIMIT ?"), page.sql());
        assertEquals(List.of("Ridge", ORGANISATION, FeatureQuery.DEFAULT_LIMIT + 1), BoundValues.of(page));
    }

    @Test
    void aWindowPageIsChosenFromTheFootprintsThenCheckedAgainstEveryRule() {
        FeatureQuery query = FeatureEndpoint.LIST.query(Things.TYPE, query("bbox", "32.9,9.3,33.2,9.6"));

        String sql = FeatureSql.pageByFootprint(Things.TYPE, query, CONFINED).sql();

        assertTrue(sql.contains(" FROM (SELECT t.id, t.updated_at AS sort_value FROM thing t WHERE "
                + "t.deleted_at IS NULL AND t.footprint && box("), sql);
        assertTrue(sql.contains("CROSS JOIN LATERAL (SELECT * FROM thing t WHERE t.id = page.id OFFSET 0) t WHERE "
                + "t.deleted_at IS NULL AND t.organisation_id = ? AND NOT (t.secret)"), sql);
        assertTrue(sql.endsWith(" ORDER BY page.sort_value ASC, page.id ASC LIMIT ?"), sql);
    }

    @Test
    void anExportReadsEveryRowInOrderWithoutALimit() {
        FeatureQuery query = FeatureEndpoint.EXPORT.query(Things.TYPE, query("sort", "name"));

        String sql = FeatureSql.all(Things.TYPE, query, CONFINED, GeometryEncoding.WKT).sql();

        assertTrue(sql.endsWith(" ORDER BY t.name ASC, t.id ASC"), sql);
        assertFalse(sql.contains("LIMIT"), sql);
    }

    @Test
    void aTileLayerKeepsTheRulesOfEveryOtherAnswer() {
        SqlStatement layer = FeatureSql.tileLayer(Things.TYPE, "things", List.of("name", "owner"), CONFINED,
                FeatureEndpoint.OGC_TILE.query(Things.TYPE, Map.of()), 14, 9000, 7000);

        String sql = layer.sql();
        assertTrue(sql.contains(", t.name AS \"name\", CASE WHEN TRUE THEN NULL ELSE t.owner END AS \"owner\" "), sql);
        assertTrue(sql.contains(" WHERE t.deleted_at IS NULL AND t.geom && ST_Transform(bounds.env, 4326) "
                + "AND t.organisation_id = ? AND NOT (t.secret))"), sql);
        assertTrue(sql.endsWith("SELECT ST_AsMVT(layer.*, 'things', 4096, 'geom') FROM layer WHERE geom IS NOT NULL"),
                sql);
        assertEquals(List.of(14, 9000, 7000, ORGANISATION), BoundValues.of(layer));
    }

    @Test
    void aTileLayerDrawsOnlyWhatItsFiltersSelect() {
        FeatureQuery selection = FeatureEndpoint.OGC_TILE.query(Things.TYPE, query("kind", "MINE"))
                .withCondition(where -> where.append(" AND t.quantity > ?", 3));

        SqlStatement layer = FeatureSql.tileLayer(Things.TYPE, "things", List.of("name"), FeatureAccess.ALL, selection,
                10, 600, 500);

        assertTrue(layer.sql().contains(" AND t.kind = ANY(?) AND t.quantity > ?) SELECT ST_AsMVT("), layer.sql());
        assertEquals(List.of(10, 600, 500, List.of("MINE"), 3), BoundValues.of(layer));
    }

    @Test
    void aTileRefusesTheParametersOfAPage() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> FeatureEndpoint.OGC_TILE.query(Things.TYPE, query("limit", "10")));

        assertTrue(refused.getMessage().contains("limit"), refused.getMessage());
    }

    @Test
    void whetherAFeatureIsVisibleIsAskedWithoutReadingIt() {
        UUID id = UUID.randomUUID();

        SqlStatement exists = FeatureSql.exists(Things.TYPE, id, CONFINED);

        assertEquals("SELECT 1 FROM thing t WHERE t.deleted_at IS NULL AND t.id = ? AND t.organisation_id = ? "
                + "AND NOT (t.secret)", exists.sql());
        assertEquals(List.of(id, ORGANISATION), BoundValues.of(exists));
    }
}
