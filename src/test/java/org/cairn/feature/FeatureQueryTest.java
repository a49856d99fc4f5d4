package org.cairn.feature;

import static org.cairn.feature.Things.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.geo.Crs;
import org.cairn.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of feature request reads its parameters by one grammar, and refuses what it does not take. */
class FeatureQueryTest {

    @Test
    void aListTakesItsFiltersAndPaging() {
        FeatureQuery query = FeatureEndpoint.LIST.query(Things.TYPE,
                query("kind", "MINE", "bbox", "32.9,9.3,33.2,9.6", "sort", "-name", "limit", "20000"));

        assertEquals(Map.of("kind", List.of("MINE")), query.filters());
        assertEquals(new Bbox(32.9, 9.3, 33.2, 9.6, Crs.CRS84), query.bbox());
        assertEquals("name", query.sort().name());
        assertTrue(query.descending());
        assertEquals(FeatureQuery.MAX_LIMIT, query.limit());
        assertEquals(Crs.CRS84, query.crs());
        assertNull(query.properties());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sortby", "crs", "properties", "filter", "f", "format", "classification"})
    void aListRefusesWhatOnlyOtherRequestsTake(String parameter) {
        ProblemException refusal = assertThrows(ProblemException.class,
                () -> FeatureEndpoint.LIST.query(Things.TYPE, query(parameter, "x")));

        assertEquals("Unknown query parameter " + parameter + "; this request accepts kind, bbox, sort, limit, cursor, "
                + "precision.", refusal.getMessage());
    }

    @Test
    void geometriesComeToSevenDecimalsUnlessMoreAreAsked() {
        assertEquals(7, FeatureEndpoint.LIST.query(Things.TYPE, query()).decimals());
        assertEquals(15, FeatureEndpoint.OGC_ITEMS.query(Things.TYPE, query("precision", "15")).decimals());
        assertEquals(3, FeatureQuery.of(Things.TYPE, FeatureEndpoint.EXPORT.read(Things.TYPE,
                query("precision", "3"))).decimals());
        for (String wrong : List.of("0", "16", "7.5", "-1", "seven", "", "007")) {
            ProblemException refusal = assertThrows(ProblemException.class,
                    () -> FeatureEndpoint.LIST.query(Things.TYPE, query("precision", wrong)), wrong);
            assertTrue(refusal.getMessage().contains("precision"), refusal.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit", "cursor"})
    void anExportHoldsEveryFeatureSoTakesNoPaging(String parameter) {
        assertThrows(ProblemException.class, () -> FeatureEndpoint.EXPORT.read(Things.TYPE, query(parameter, "1")));
    }

    @Test
    void sortAndSortbyShareOneGrammar() {
        FeatureQuery plus = FeatureEndpoint.OGC_ITEMS.query(Things.TYPE, query("sortby", "+name"));
        FeatureQuery minus = FeatureEndpoint.OGC_ITEMS.query(Things.TYPE, query("sortby", "-name"));
        FeatureQuery bare = FeatureEndpoint.LIST.query(Things.TYPE, query("sort", "name"));
        FeatureQuery listPlus = FeatureEndpoint.LIST.query(Things.TYPE, query("sort", "+name"));

        assertFalse(plus.descending());
        assertTrue(minus.descending());
        assertEquals(List.of("name", "name", "name", "name"),
                List.of(plus.sort().name(), minus.sort().name(), bare.sort().name(), listPlus.sort().name()));
        assertFalse(listPlus.descending());
        assertEquals("updatedAt", FeatureEndpoint.LIST.query(Things.TYPE, Map.of()).sort().name());
    }

    @Test
    void anUnknownOrderIsRefusedNamingTheParameterSent() {
        ProblemException sort = assertThrows(ProblemException.class,
                () -> FeatureEndpoint.LIST.query(Things.TYPE, query("sort", "colour")));
        ProblemException sortby = assertThrows(ProblemException.class,
                () -> FeatureEndpoint.OGC_ITEMS.query(Things.TYPE, query("sortby", "--name")));

        assertEquals("Parameter sort must be one of updatedAt, name, each optionally prefixed by + or -.",
                sort.getMessage());
        assertTrue(sortby.getMessage().startsWith("Parameter sortby must be one of"), sortby.getMessage());
    }

    @Test
    void ogcItemsReadTheirCrsAndPropertiesAndTheBboxInItsCrs() {
        FeatureQuery query = FeatureEndpoint.OGC_ITEMS.query(Things.TYPE, query("crs",
                "http://www.opengis.net/def/crs/EPSG/0/4326", "bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/4326",
                "bbox", "9.3,32.9,9.6,33.2", "properties", "name, owner,"));

        assertTrue(query.crs().latitudeFirst());
        assertEquals(32.9, query.bbox().west());
        assertEquals(9.3, query.bbox().south());
        assertEquals(Set.of("name", "owner"), query.properties());
    }

    @Test
    void anUnsupportedCrsOrAnUnknownPropertyIsRefused() {
        ProblemException crs = assertThrows(ProblemException.class,
                () -> FeatureEndpoint.OGC_ITEMS.query(Things.TYPE, query("crs", "EPSG:99999")));
        ProblemException property = assertThrows(ProblemException.class,
                () -> FeatureEndpoint.OGC_ITEMS.query(Things.TYPE, query("properties", "name,colour")));

        assertEquals("Parameter crs names a CRS Cairn does not support; see the collection's crs list.",
                crs.getMessage());
        assertEquals("Parameter properties names colour, which this collection does not have.",
                property.getMessage());
    }

    @Test
    void aCursorResumesOnlyTheOrderItWasMadeIn() {
        String cursor = new Cursor("-name", "Ridge", UUID.randomUUID()).encode();

        FeatureQuery resumed = FeatureEndpoint.LIST.query(Things.TYPE, query("sort", "-name", "cursor", cursor));
        ProblemException other = assertThrows(ProblemException.class,
                () -> FeatureEndpoint.LIST.query(Things.TYPE, query("sort", "name", "cursor", cursor)));
        ProblemException forged = assertThrows(ProblemException.class,
                () -> FeatureEndpoint.LIST.query(Things.TYPE, query("cursor", "bm90IGEgY3Vyc29y")));

        assertEquals("Ridge", resumed.after().value());
        assertEquals("Parameter cursor belongs to a listing in another order than name.", other.getMessage());
        assertEquals("Parameter cursor is not a cursor from a next link.", forged.getMessage());
    }
}
