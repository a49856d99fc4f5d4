package org.cairn.ogc;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cairn.support.Pages;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/** OGC API Features Parts 1 and 2 as the abstract test suites and GDAL check them. */
@QuarkusTest
class OgcFeaturesTest {

    private static final String ITEMS = "/ogc/collections/hazard-areas/items";

    @Test
    void landingPageLinksTheDefinitionConformanceAndData() {
        anonymous().when().get("/ogc").then().statusCode(200)
                .contentType("application/json")
                .body("links.rel", hasItems("self", "service-desc", "service-doc", "conformance", "data"))
                .body("links.find { it.rel == 'service-desc' }.type",
                        equalTo("application/vnd.oai.openapi+json;version=3.0"))
                .body("links.find { it.rel == 'service-doc' }.type", equalTo("text/html"))
                .body("links.type", not(hasItem(nullValue())));
        anonymous().when().get("/ogc/conformance").then().statusCode(200)
                .body("conformsTo", hasItems("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
                        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text"));
        anonymous().when().get("/ogc?colour=red").then().statusCode(400);
    }

    @Test
    void theDefinitionIsOpenApi30AndSelfContained() {
        String text = anonymous().when().get("/ogc/api").then().statusCode(200)
                .contentType(containsString("application/vnd.oai.openapi+json")).extract().asString();
        JsonPath api = new JsonPath(text);
        assertEquals("3.0.3", api.getString("openapi"));
        assertEquals(1, api.getInt("components.parameters.limit.schema.minimum"));
        assertEquals(10000, api.getInt("components.parameters.limit.schema.maximum"));
        assertEquals(100, api.getInt("components.parameters.limit.schema.default"));
        assertEquals(4, api.getInt("components.parameters.bbox.schema.minItems"));
        assertEquals(6, api.getInt("components.parameters.bbox.schema.maxItems"));
        assertFalse(text.contains("schemas.opengis.net"), "nothing is fetched from elsewhere");
        for (String id : List.of("hazard-areas", "land-release", "activities", "device-findings", "survey-points",
                "accidents")) {
            List<Map<String, Object>> parameters = api.getList("paths.'/collections/" + id + "/items'.get.parameters");
            assertTrue(parameters.size() > 12, id);
        }
        assertTrue(api.getMap("paths.'/collections/hazard-areas/items'").containsKey("post"));
        assertFalse(api.getMap("paths.'/collections/accidents/items'").containsKey("post"));
    }

    @Test
    void collectionsShowWhatTheCallerMayRead() {
        String hazard = Records.hazardArea(hazard(uniqueName("ogc-extent"), square(-60.0, -30.0, 0.5)));
        JsonPath all = dataManager().when().get("/ogc/collections").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("hazard-areas", "land-release", "activities", "device-findings", "survey-points",
                "accidents", "eore-sessions", "eore-campaigns", "monitoring-visits", "post-clearance-inspections"), all.getList("collections.id"));
        // Monitoring visits and inspections judge organisations: the authority's business, not a viewer's.
        as("viewer").when().get("/ogc/collections").then().statusCode(200)
                .body("collections.id", hasItems("eore-sessions", "eore-campaigns"))
                .body("collections.id", not(hasItems("monitoring-visits")))
                .body("collections.id", not(hasItems("post-clearance-inspections")));
        assertTrue(all.getList("crs").containsAll(List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84",
                "http://www.opengis.net/def/crs/EPSG/0/4326", "http://www.opengis.net/def/crs/EPSG/0/3857",
                "http://www.opengis.net/def/crs/EPSG/0/32636", "http://www.opengis.net/def/crs/EPSG/0/32736")));
        dataManager().when().get("/ogc/collections/hazard-areas").then().statusCode(200)
                .body("storageCrs", equalTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84"))
                .body("extent.spatial.bbox[0][0]", lessThanOrEqualTo(-60.0))
                .body("extent.temporal.interval[0][0]", matchesPattern("\\d{4}-\\d\\d-\\d\\dT00:00:00Z"))
                .body("links.rel", hasItems("self", "items", "http://www.opengis.net/def/rel/ogc/1.0/queryables"));
        anonymous().when().get("/ogc/collections").then().statusCode(200).body("collections", empty());
        anonymous().when().get("/ogc/collections/hazard-areas").then().statusCode(401);
        as("partner").when().get("/ogc/collections/accidents").then().statusCode(200);
        // A field surveyor of an organisation with no records yet sees an empty collection: no extent.
        as("field_surveyor", "00000000-0000-4000-8000-00000000e0e0").when().get("/ogc/collections/hazard-areas")
                .then().statusCode(200).body("id", equalTo("hazard-areas")).body("extent", nullValue());
        dataManager().when().get("/ogc/collections/minefields").then().statusCode(404);
        assertFalse(hazard.isEmpty());
    }

    @Test
    void aCollectionOffersTheUtmZonesItsExtentReaches() {
        String organisation = dataManager().contentType("application/json")
                .body(Map.of("name", uniqueName("Zone 36 Demining"), "type", "NGO")).when()
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        Map<String, Object> feature = hazard(uniqueName("ogc-zone"), square(33.0, 9.3, 0.5));
        properties(feature).put("reportingOrganisationId", organisation);
        Records.hazardArea(feature);

        as("field_surveyor", organisation).when().get("/ogc/collections/hazard-areas").then().statusCode(200)
                .body("crs", contains("http://www.opengis.net/def/crs/OGC/1.3/CRS84",
                        "http://www.opengis.net/def/crs/EPSG/0/4326", "http://www.opengis.net/def/crs/EPSG/0/3857",
                        "http://www.opengis.net/def/crs/EPSG/0/32636"));
        as("field_surveyor", organisation).when().get(ITEMS + "?crs=http://www.opengis.net/def/crs/EPSG/0/32601")
                .then().statusCode(200);
    }

    @Test
    void itemsAreGeoJsonWithLinksAndCounts() {
        String name = uniqueName("ogc-items");
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(Records.hazardArea(hazard(name, square(-61.0 + i * 0.02, -30.0, 0.01))));
        }
        String first = dataManager().when().get(ITEMS + "?limit=2&q=" + name).then().statusCode(200)
                .contentType(equalTo("application/geo+json"))
                .header("Content-Crs", "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>")
                .body("type", equalTo("FeatureCollection"))
                .body("numberReturned", equalTo(2))
                .body("numberMatched", equalTo(5))
                .body("timeStamp", not(nullValue()))
                .body("links.rel", hasItems("self", "alternate", "next"))
                .body("links.find { it.rel == 'next' }.type", equalTo("application/geo+json"))
                .extract().path("links.find { it.rel == 'next' }.href");
        assertTrue(first.contains("cursor="), first);
        List<String> seen = Pages.featureIds(ITEMS + "?limit=2&q=" + name);
        assertEquals(created, new HashSet<>(seen));
        assertEquals(5, seen.size());
        dataManager().when().get(ITEMS + "?limit=20000&q=" + name).then().statusCode(200).body("numberReturned",
                equalTo(5));
        dataManager().when().get(ITEMS + "?f=json&q=" + name).then().statusCode(200)
                .contentType(equalTo("application/json"));
    }

    @Test
    void badParametersAreRefused() {
        Map<String, Integer> statuses = new TreeMap<>();
        for (String bad : List.of("colour=red", "limit=0", "limit=x", "bbox=1,2,3", "bbox=1,50,3,40",
                "crs=http://www.opengis.net/def/crs/EPSG/0/2154", "bbox-crs=EPSG:9999&bbox=1,2,3,4",
                "datetime=yesterday", "datetime=2026-12-01/2026-01-01", "sortby=name", "properties=colour",
                "filter=classification%20%3D", "filter-lang=cql3", "f=xml")) {
            statuses.put(bad, dataManager().urlEncodingEnabled(false).when().get(ITEMS + "?" + bad).then()
                    .extract().statusCode());
        }
        assertEquals(Set.of(400), Set.copyOf(statuses.values()), statuses.toString());
        dataManager().when().get(ITEMS + "?colour=red").then().contentType("application/problem+json")
                .body("detail", containsString("colour"));
    }

    @Test
    void aFeatureIsItsOwnItemWithLinksAndAnEtag() {
        String id = Records.hazardArea(hazard(uniqueName("ogc-item"), square(-62.0, -30.0, 0.01)));

        String etag = dataManager().when().get(ITEMS + "/" + id).then().statusCode(200)
                .contentType(equalTo("application/geo+json"))
                .body("id", equalTo(id))
                .body("links.rel", hasItems("self", "alternate", "collection"))
                .extract().header("ETag");
        dataManager().header("If-None-Match", etag).when().get(ITEMS + "/" + id).then().statusCode(304);
        dataManager().when().get(ITEMS + "/not-an-id").then().statusCode(404).contentType("application/problem+json");
        dataManager().when().get("/ogc/collections/activities/items/" + id).then().statusCode(404);
    }

    @Test
    void coordinatesComeInTheCrsAsked() {
        String id = Records.hazardArea(hazard(uniqueName("ogc-crs"), square(33.0, 9.3, 0.01)));

        JsonPath latitudeFirst = dataManager().when().get(ITEMS + "/" + id
                        + "?crs=http://www.opengis.net/def/crs/EPSG/0/4326").then().statusCode(200)
                .header("Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/4326>").extract().jsonPath();
        assertEquals(9.3, latitudeFirst.getDouble("geometry.coordinates[0][0][0][0]"), 1e-9);
        assertEquals(33.0, latitudeFirst.getDouble("geometry.coordinates[0][0][0][1]"), 1e-9);
        JsonPath utm = dataManager().when().get(ITEMS + "/" + id + "?crs=http://www.opengis.net/def/crs/EPSG/0/32636")
                .then().statusCode(200)
                .header("Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/32636>").extract().jsonPath();
        assertEquals(500000.0, utm.getDouble("geometry.coordinates[0][0][0][0]"), 0.001, "on the central meridian");
        assertEquals(1028019.613, utm.getDouble("geometry.coordinates[0][0][0][1]"), 0.001, "as PROJ gives it");
        assertFalse(utm.getMap("geometry").containsKey("crs"), "GeoJSON geometries carry no crs member");
        dataManager().when().get(ITEMS + "?bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326"
                        + "&bbox=9.295,32.995,9.305,33.005&crs=http://www.opengis.net/def/crs/EPSG/0/3857")
                .then().statusCode(200)
                .body("features.id", hasItem(id))
                .header("Content-Crs", containsString("3857"));
        dataManager().when().get(ITEMS + "?bbox-crs=http://www.opengis.net/def/crs/EPSG/0/32636"
                        + "&bbox=499000,1027000,501000,1029000")
                .then().statusCode(200).body("features.id", hasItem(id));
    }

    @Test
    void bboxAcrossTheAntimeridianAndDatetimeAndPropertiesAndSortby() {
        String name = uniqueName("ogc-more");
        String east = Records.hazardArea(hazard(name, square(178.5, 66.0, 0.2)));
        Map<String, Object> westFeature = hazard(name, square(-179.0, 66.0, 0.2));
        properties(westFeature).put("dateOfInformation", "2025-03-01");
        String west = Records.hazardArea(westFeature);

        assertEquals(Set.of(east, west), Set.copyOf(ids("bbox=177,65,-177,70&q=" + name)));
        assertEquals(Set.of(west), Set.copyOf(ids("datetime=2025-03-01&q=" + name)));
        assertEquals(Set.of(west), Set.copyOf(ids("datetime=../2025-12-31&q=" + name)));
        assertEquals(Set.of(east), Set.copyOf(ids("datetime=2026-01-01T00:00:00Z/..&q=" + name)));
        // GDAL's OAPIF driver writes a date filter as a date with a bare T.
        assertEquals(Set.of(east), Set.copyOf(ids("datetime=2026-01-01T/..&q=" + name)));
        assertEquals(Set.of(east, west), Set.copyOf(ids("datetime=2020-01-01/&q=" + name)));
        assertEquals(Set.of(west), Set.copyOf(ids("datetime=2025-02-27/P2D&q=" + name)));
        assertEquals(Set.of(west), Set.copyOf(ids("datetime=P1M/2025-03-31&q=" + name)));
        assertEquals(Set.of(), Set.copyOf(ids("datetime=2025-02-27/PT24H&q=" + name)));
        for (String bad : List.of("P1D/P2D", "2025-03-01/P2X", "P2D")) {
            dataManager().when().get(ITEMS + "?datetime=" + bad).then().statusCode(400);
        }
        dataManager().when().get(ITEMS + "?properties=name,classification&q=" + name).then().statusCode(200)
                .body("features[0].properties.keySet()", containsInAnyOrder("name",
                        "classification"));
        List<String> ascending = ids("sortby=%2BlocalId&q=" + name);
        List<String> descending = ids("sortby=-localId&q=" + name);
        assertEquals(ascending, List.of(descending.get(1), descending.get(0)));
        assertEquals(Set.of(west), Set.copyOf(ids("classification=SHA&datetime=2025-03-01&q=" + name)));
    }

    @Test
    void webMapsOnListedOriginsMayRead() {
        anonymous().header("Origin", "https://maps.example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options(ITEMS).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://maps.example.org");
        dataManager().header("Origin", "https://maps.example.org").when().get(ITEMS + "?limit=1").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://maps.example.org")
                .header("Access-Control-Expose-Headers", containsString("Content-Crs"));
        dataManager().header("Origin", "https://elsewhere.example.com").when().get(ITEMS + "?limit=1").then()
                .statusCode(403);
    }

    private static List<String> ids(String query) {
        return dataManager().urlEncodingEnabled(false).when().get(ITEMS + "?" + query).then().statusCode(200)
                .extract().path("features.id");
    }
}
