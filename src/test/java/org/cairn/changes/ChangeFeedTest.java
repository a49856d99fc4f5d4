package org.cairn.changes;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/** The change feed: every committed change once, in an order that late commits cannot break. */
@QuarkusTest
class ChangeFeedTest {

    private static final String CHANGES = "/api/v1/changes";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRecordsLifeComesInOrderEndingInATombstone() {
        String start = end("data_manager");
        String id = Records.hazardArea(hazard(uniqueName("feed"), square(140.0, -20.0, 0.01)));
        dataManager().contentType("application/merge-patch+json")
                .body(Map.of("properties", Map.of("priority", "HIGH"))).when()
                .patch("/api/v1/hazard-areas/" + id).then().statusCode(200);

        JsonPath page = poll("data_manager", start, "&include=item");
        List<Map<String, Object>> ours = of(page, id);
        assertEquals(List.of("CREATE", "UPDATE"), ours.stream().map(entry -> entry.get("operation")).toList());
        assertEquals(List.of(1, 2), ours.stream().map(entry -> ((Number) entry.get("version")).intValue()).toList());
        assertEquals("HIGH", item(ours.get(1)).get("priority"));

        dataManager().when().delete("/api/v1/hazard-areas/" + id).then().statusCode(204);
        List<Map<String, Object>> after = of(poll("data_manager", page.getString("next"), "&include=item"), id);
        assertEquals(1, after.size());
        assertEquals("DELETE", after.get(0).get("operation"));
        assertFalse(after.get(0).containsKey("item"), "a tombstone carries no item");
    }

    @Test
    void aTransactionThatCommitsLateIsNeitherMissedNorOvertaken() throws Exception {
        String slow = Records.hazardArea(hazard(uniqueName("feed-slow"), square(140.2, -20.0, 0.01)));
        String start = end("data_manager");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // A writer that began first and is still at work: a tablet's long upload, say.
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE hazard_area SET version = version + 1, updated_at = now() WHERE id = ?::uuid")) {
                update.setString(1, slow);
                update.executeUpdate();
            }
            String quick = Records.hazardArea(hazard(uniqueName("feed-quick"), square(140.3, -20.0, 0.01)));

            JsonPath meanwhile = poll("data_manager", start, "");
            assertTrue(of(meanwhile, quick).isEmpty(), "a change may not pass one that began before it");
            assertTrue(of(meanwhile, slow).isEmpty());
            connection.commit();

            List<Map<String, Object>> seen = drain("data_manager", meanwhile.getString("next"), Set.of(slow, quick), 2);
            assertEquals(List.of(slow, quick), seen.stream().map(entry -> entry.get("id")).toList());
        }
    }

    @Test
    void concurrentWritersAndAPollerAgreeOnEveryChange() throws Exception {
        String start = end("data_manager");
        Set<String> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            List<Map<String, Object>> polled = new ArrayList<>();
            Future<?> poller = pool.submit(() -> {
                String cursor = start;
                while (writing.get()) {
                    JsonPath page = poll("viewer", cursor, "");
                    polled.addAll(page.getList("entries"));
                    cursor = page.getString("next");
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        String id = Records.hazardArea(hazard(uniqueName("feed-race"),
                                square(141.0 + writer * 0.1, -20.0 + i * 0.02, 0.01)));
                        written.add(id + "/1");
                        dataManager().contentType("application/merge-patch+json")
                                .body(Map.of("properties", Map.of("priority", "LOW"))).when()
                                .patch("/api/v1/hazard-areas/" + id).then().statusCode(200);
                        written.add(id + "/2");
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            poller.get(60, TimeUnit.SECONDS);
            String cursor = polled.isEmpty() ? start : (String) polled.get(polled.size() - 1).get("cursor");
            for (int attempt = 0; attempt < 200 && changes(polled, written).size() < written.size(); attempt++) {
                JsonPath page = poll("viewer", cursor, "");
                polled.addAll(page.getList("entries"));
                cursor = page.getString("next");
                Thread.sleep(page.getBoolean("more") ? 0 : 50);
            }

            List<String> changes = changes(polled, written);
            assertEquals(written.size(), changes.size(), "every change once: " + changes);
            assertEquals(written, new HashSet<>(changes));
            List<String> cursors = polled.stream().map(entry -> (String) entry.get("cursor")).toList();
            assertEquals(cursors.size(), new HashSet<>(cursors).size(), "no entry twice");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachCallerFollowsOnlyWhatItMaySee() throws InterruptedException {
        String start = end("admin");
        Map<String, Object> theirs = hazard(uniqueName("feed-bravo"), square(142.0, -21.0, 0.01));
        properties(theirs).put("reportingOrganisationId", Organisations.BRAVO);
        String bravo = Records.hazardArea(theirs);
        String accident = Records.accident(accident("MINE", 142.0, -21.0));
        Map<String, Object> unshared = casualty(accident, "INJURED", "FEMALE", 12);
        unshared.put("consentShareNgos", false);
        String withoutConsent = Records.casualty(unshared);
        as("victim_assistance").contentType("application/json")
                .body(Map.of("name", "Amina Feedtest", "phone", "+000 1111 2222"))
                .when().put("/api/v1/casualties/" + withoutConsent + "/personal-data").then().statusCode(201);

        Set<String> admin = ids(drain("admin", start, Set.of(bravo, accident, withoutConsent), 3));
        assertTrue(admin.containsAll(Set.of(bravo, accident, withoutConsent)));
        Set<String> partner = ids(poll("partner", start, "").getList("entries"));
        assertTrue(partner.contains(bravo) && partner.contains(accident));
        assertFalse(partner.contains(withoutConsent), "a casualty without consent to share with NGOs");
        Set<String> alphaSurveyor = ids(poll("field_surveyor", start, "").getList("entries"));
        assertFalse(alphaSurveyor.contains(bravo), "another organisation's record");

        String everything = as("victim_assistance").when().get(CHANGES + "?include=item&limit=1000&after=" + start)
                .then().statusCode(200).extract().asString();
        assertTrue(everything.contains(withoutConsent));
        assertFalse(everything.contains("Amina Feedtest") || everything.contains("1111 2222"), "personal data");
    }

    @Test
    void badPollsAreRefused() {
        for (String bad : List.of("after=yesterday", "after=1-2-3", "limit=0", "limit=lots", "collections=minefields",
                "include=everything", "since=2026-01-01", "limit=5&limit=6")) {
            dataManager().urlEncodingEnabled(false).when().get(CHANGES + "?" + bad).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as("partner").when().get(CHANGES + "?collections=casualties").then().statusCode(200);
        dataManager().when().get(CHANGES + "?after=x").then().body("detail", containsString("cursor"));
    }

    private static List<String> changes(List<Map<String, Object>> entries, Set<String> written) {
        return entries.stream().map(entry -> entry.get("id") + "/" + ((Number) entry.get("version")).intValue())
                .filter(written::contains).toList();
    }

    /** The cursor after every entry there is now, as a consumer that has caught up holds it. */
    private static String end(String role) {
        String cursor = null;
        while (true) {
            JsonPath page = poll(role, cursor, "");
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }

    /** Polls until the ids have at least this many entries, as a consumer would keep polling. */
    private static List<Map<String, Object>> drain(String role, String cursor, Set<String> ids, int expected)
            throws InterruptedException {
        List<Map<String, Object>> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 200; attempt++) {
            JsonPath page = poll(role, cursor, "");
            List<Map<String, Object>> entries = page.getList("entries");
            seen.addAll(ids.isEmpty() ? entries : entries.stream().filter(e -> ids.contains(e.get("id"))).toList());
            cursor = page.getString("next");
            if (seen.size() >= expected && !page.getBoolean("more")) {
                return seen;
            }
            if (!page.getBoolean("more")) {
                Thread.sleep(50);
            }
        }
        return seen;
    }

    private static JsonPath poll(String role, String cursor, String more) {
        return as(role).urlEncodingEnabled(false).when()
                .get(CHANGES + "?limit=1000" + (cursor == null ? "" : "&after=" + cursor) + more)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> of(JsonPath page, String id) {
        return page.<Map<String, Object>>getList("entries").stream().filter(entry -> id.equals(entry.get("id")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> entry) {
        Map<String, Object> item = (Map<String, Object>) entry.get("item");
        assertTrue(item != null, "the item was asked for");
        return (Map<String, Object>) item.get("properties");
    }

    private static Set<String> ids(List<Map<String, Object>> entries) {
        Set<String> ids = new HashSet<>();
        entries.forEach(entry -> ids.add((String) entry.get("id")));
        return ids;
    }
}
