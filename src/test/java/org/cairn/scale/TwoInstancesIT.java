package org.cairn.scale;

import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.PackagedService;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged service on one database, as replicas behind a load balancer:
 * whatever one instance was asked, the other must know, since Cairn keeps its state in
 * PostgreSQL only. Last, the database restarts under a stream of submissions, and the instances
 * must come through it without a restart of their own and without losing an acknowledged write.
 * Runs after the other tests, on the test database they leave behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Longer than any answer may take, even while the database is away. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    private static final List<PackagedService> services = new ArrayList<>();
    private static String a;
    private static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // Both at once: each migrates at start, and Flyway's lock lets only one of them do it.
        for (String name : List.of("instance-a", "instance-b")) {
            // The tests' organisations are a migration of the tests, not of the jar.
            services.add(PackagedService.start(name, "256m",
                    Map.of("QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS", "*:missing")));
        }
        for (PackagedService service : services) {
            service.awaitReady();
        }
        a = services.get(0).base();
        b = services.get(1).base();
        // The tests' organisations, in case no test before this one put them in the database.
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = cairn, public");
            statement.execute(Files.readString(Path.of("src/test/resources/db/test-data/R__test_organisations.sql")));
        }
    }

    @AfterAll
    static void stopTheInstances() throws InterruptedException {
        for (PackagedService service : services) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void copiesOfOneFieldReportSentToBothInstancesStoreOneReport() throws Exception {
        Map<String, Object> report = FieldReports.report(Organisations.ALPHA,
                FieldReports.newRecord("HAZARD_AREA", hazard(uniqueName("twice"), square(161.0, -41.0, 0.01))));
        String body = JSON.writeValueAsString(report);
        List<HttpResponse<String>> answers = concurrently(12, i -> send(i % 2 == 0 ? a : b, "POST",
                "/api/v1/field-reports", "field_surveyor", "application/json", body, Map.of()));

        assertEquals(List.of(201), statuses(answers, 201), "one copy stores the report: " + statuses(answers, 0));
        assertEquals(11, statuses(answers, 200).size(), "the others are replays: " + statuses(answers, 0));
        assertEquals(1, count("SELECT count(*) FROM cairn.field_report WHERE id = ?::uuid", report.get("reportId")));
        assertEquals(1, count("SELECT count(*) FROM cairn.field_report_item WHERE report_id = ?::uuid",
                report.get("reportId")));
    }

    @Test
    @Order(2)
    void copiesOfOneHazardAreaWithItsClientIdStoreOneRecord() throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> feature = hazard(uniqueName("twice"), square(161.1, -41.0, 0.01));
        feature.put("id", id);
        String body = JSON.writeValueAsString(feature);
        List<HttpResponse<String>> answers = concurrently(12, i -> send(i % 2 == 0 ? a : b, "POST",
                "/api/v1/hazard-areas", "data_manager", "application/geo+json", body, Map.of()));

        assertEquals(List.of(201), statuses(answers, 201), "one copy creates the record: " + statuses(answers, 0));
        assertEquals(11, statuses(answers, 200).size(), "the others are replays: " + statuses(answers, 0));
        assertEquals(1, count("SELECT count(*) FROM cairn.hazard_area WHERE id = ?::uuid", id));
        assertEquals(1, count("SELECT version FROM cairn.hazard_area WHERE id = ?::uuid", id));
    }

    @Test
    @Order(3)
    void copiesOfOneRequestWithAnIdempotencyKeyMakeOneOrganisation() throws Exception {
        String name = uniqueName("Twin Clearance");
        String body = JSON.writeValueAsString(Map.of("name", name, "acronym", name.substring(name.length() - 8),
                "type", "NGO"));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        List<HttpResponse<String>> answers = concurrently(12, i -> send(i % 2 == 0 ? a : b, "POST",
                "/api/v1/organisations", "data_manager", "application/json", body, key));

        List<HttpResponse<String>> fresh = answers.stream().filter(answer -> answer.statusCode() == 201
                && answer.headers().firstValue("Idempotent-Replayed").isEmpty()).toList();
        assertEquals(1, fresh.size(), "one copy makes the organisation: " + statuses(answers, 0));
        for (HttpResponse<String> answer : answers) {
            if (answer != fresh.get(0)) {
                // A copy that arrives while the first still runs is told so (409), as documented.
                assertTrue(answer.statusCode() == 409 && isProblem(answer) || answer.statusCode() == 201
                        && answer.headers().firstValue("Idempotent-Replayed").equals(Optional.of("true")),
                        answer.statusCode() + " " + answer.body());
            }
        }
        String location = fresh.get(0).headers().firstValue("Location").orElseThrow();
        for (String base : List.of(a, b)) {
            HttpResponse<String> replay = send(base, "POST", "/api/v1/organisations", "data_manager",
                    "application/json", body, key);
            assertEquals(201, replay.statusCode(), replay.body());
            assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(null));
            assertEquals(location, replay.headers().firstValue("Location").orElse(null));
        }
        assertEquals(1, count("SELECT count(*) FROM cairn.organisation WHERE name = ?", name));
    }

    @Test
    @Order(4)
    void concurrentEditsThroughBothInstancesLoseNoUpdate() throws Exception {
        HttpResponse<String> created = send(a, "POST", "/api/v1/hazard-areas", "data_manager",
                "application/geo+json", JSON.writeValueAsString(hazard(uniqueName("edited"),
                        square(161.2, -41.0, 0.01))), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String item = "/api/v1/hazard-areas/" + JSON.readTree(created.body()).get("id").asText();
        int rounds = 3;
        int editors = 8;
        List<String> winners = new ArrayList<>();
        winners.add(JSON.readTree(created.body()).at("/properties/name").asText());
        for (int round = 0; round < rounds; round++) {
            long version = 1 + round;
            String read = send(round % 2 == 0 ? b : a, "GET", item, "data_manager", null, null, Map.of())
                    .headers().firstValue("ETag").orElseThrow();
            assertEquals("\"" + version + "\"", read);
            int thisRound = round;
            List<HttpResponse<String>> answers = concurrently(editors, i -> send(i % 2 == 0 ? a : b, "PATCH", item,
                    "data_manager", "application/merge-patch+json",
                    JSON.writeValueAsString(Map.of("properties", Map.of("name", "edit-" + thisRound + "-" + i))),
                    Map.of("If-Match", read)));

            List<HttpResponse<String>> succeeded = answers.stream().filter(answer -> answer.statusCode() == 200)
                    .toList();
            assertEquals(1, succeeded.size(), "one edit per version: " + statuses(answers, 0));
            for (HttpResponse<String> answer : answers) {
                if (answer != succeeded.get(0)) {
                    assertEquals(412, answer.statusCode(), answer.body());
                    assertTrue(isProblem(answer), answer.body());
                    assertEquals("urn:cairn:problem:precondition-failed", JSON.readTree(answer.body()).get("type")
                            .asText());
                }
            }
            JsonNode winner = JSON.readTree(succeeded.get(0).body());
            assertEquals(version + 1, winner.at("/properties/version").asLong());
            winners.add(winner.at("/properties/name").asText());
        }

        JsonNode current = JSON.readTree(send(b, "GET", item, "data_manager", null, null, Map.of()).body());
        assertEquals(1 + rounds, current.at("/properties/version").asLong());
        assertEquals(winners.get(rounds), current.at("/properties/name").asText());
        // Each edit was made on the one before it: the history holds every winner, in order.
        JsonNode versions = JSON.readTree(send(a, "GET", item + "/history", "data_manager", null, null, Map.of())
                .body()).get("versions");
        assertEquals(1 + rounds, versions.size());
        for (int round = 1; round <= rounds; round++) {
            JsonNode name = null;
            for (JsonNode change : versions.get(round).get("changes")) {
                if (change.get("field").asText().equals("name")) {
                    name = change;
                }
            }
            assertNotNull(name, "version " + (round + 1) + " renamed the area");
            assertEquals(winners.get(round - 1), name.get("old").asText());
            assertEquals(winners.get(round), name.get("new").asText());
        }
    }

    @Test
    @Order(5)
    void aPollerOfOneInstanceSeesEveryChangeWrittenThroughTheOther() throws Exception {
        String start = null;
        for (JsonNode page = poll(null); ; page = poll(start)) {
            start = page.get("next").asText();
            if (!page.get("more").asBoolean()) {
                break;
            }
        }
        Set<String> written = ConcurrentHashMap.newKeySet();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<JsonNode> polled = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            String from = start;
            Future<String> poller = pool.submit(() -> {
                String cursor = from;
                while (writing.get()) {
                    JsonNode page = poll(cursor);
                    page.get("entries").forEach(polled::add);
                    cursor = page.get("next").asText();
                }
                return cursor;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        HttpResponse<String> created = send(b, "POST", "/api/v1/hazard-areas", "data_manager",
                                "application/geo+json", JSON.writeValueAsString(hazard(uniqueName("fed"),
                                        square(162.0 + writer * 0.1, -41.0 + i * 0.02, 0.01))), Map.of());
                        assertEquals(201, created.statusCode(), created.body());
                        String id = JSON.readTree(created.body()).get("id").asText();
                        ids.add(id);
                        written.add(id + "/1");
                        HttpResponse<String> patched = send(b, "PATCH", "/api/v1/hazard-areas/" + id, "data_manager",
                                "application/merge-patch+json",
                                JSON.writeValueAsString(Map.of("properties", Map.of("priority", "LOW"))), Map.of());
                        assertEquals(200, patched.statusCode(), patched.body());
                        written.add(id + "/2");
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(90, TimeUnit.SECONDS);
            }
            writing.set(false);
            String cursor = poller.get(30, TimeUnit.SECONDS);
            for (int attempt = 0; attempt < 100 && changes(polled, ids).size() < written.size(); attempt++) {
                JsonNode page = poll(cursor);
                page.get("entries").forEach(polled::add);
                cursor = page.get("next").asText();
                Thread.sleep(page.get("more").asBoolean() ? 0 : 100);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> seen = changes(polled, ids);
        assertEquals(written.size(), seen.size(), "every change exactly once: " + seen);
        assertEquals(written, new HashSet<>(seen));
        List<String> cursors = polled.stream().map(entry -> entry.get("cursor").asText()).toList();
        assertEquals(cursors.size(), new HashSet<>(cursors).size(), "no entry twice");
    }

    @Test
    @Order(6)
    void submissionsComeThroughADatabaseRestart() throws Exception {
        assumeTrue(System.getenv("CAIRN_TEST_DB_URL") == null, "the test database is not the private cluster");
        String startedBefore = single("SELECT pg_postmaster_start_time()::text");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        Map<String, Integer> afterRestart = new ConcurrentHashMap<>();
        List<String> unclean = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean submitting = new AtomicBoolean(true);
        AtomicReference<Instant> restarted = new AtomicReference<>();
        ExecutorService devices = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int d = 0; d < 6; d++) {
                String base = d % 2 == 0 ? a : b;
                int device = d;
                running.add(devices.submit(() -> {
                    for (int i = 0; submitting.get(); i++) {
                        Map<String, Object> report = FieldReports.report(Organisations.ALPHA, FieldReports.newRecord(
                                "HAZARD_AREA", hazard(uniqueName("restart"),
                                        square(163.0 + device * 0.1, -41.0 + (i % 50) * 0.02, 0.01))));
                        String reportId = (String) report.get("reportId");
                        Instant sent = Instant.now();
                        HttpResponse<String> answer;
                        try {
                            answer = send(base, "POST", "/api/v1/field-reports", "field_surveyor",
                                    "application/json", JSON.writeValueAsString(report), Map.of());
                        } catch (IOException e) {
                            unclean.add(base + ": no answer within " + ANSWER_WITHIN + " (" + e + ")");
                            refused.add(JSON.writeValueAsString(report));
                            continue;
                        }
                        if (answer.statusCode() == 201) {
                            acknowledged.add(reportId);
                            if (restarted.get() != null && sent.isAfter(restarted.get())) {
                                afterRestart.merge(base, 1, Integer::sum);
                            }
                        } else {
                            refused.add(JSON.writeValueAsString(report));
                            boolean clean = answer.statusCode() == 503 && isProblem(answer)
                                    && answer.headers().firstValue("Retry-After").isPresent();
                            if (!clean) {
                                unclean.add(base + ": " + answer.statusCode() + " "
                                        + answer.headers().firstValue("Content-Type").orElse("") + " " + answer.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(3000);
            database("stop");
            Thread.sleep(2000);
            database("start");
            restarted.set(Instant.now());
            Thread.sleep(6000);
            submitting.set(false);
            for (Future<?> device : running) {
                device.get(60, TimeUnit.SECONDS);
            }
        } finally {
            devices.shutdownNow();
            // Whatever happened above, the cluster runs again for whatever comes next.
            database("start");
        }

        assertNotEquals(startedBefore, single("SELECT pg_postmaster_start_time()::text"), "the database restarted");
        assertEquals(List.of(), unclean, "every answer is a success or a 503 problem with Retry-After");
        assertTrue(refused.size() > 0, "some submissions met the database away");
        assertEquals(Set.of(a, b), afterRestart.keySet(), "both instances store reports again without a restart");
        assertEquals(acknowledged.size(), count("SELECT count(*) FROM cairn.field_report WHERE id = ANY(?::uuid[])",
                "{" + String.join(",", acknowledged) + "}"), "every acknowledged report is stored");
        // A device sends a refused report again as it was: stored now, or found stored already.
        int resent = 0;
        for (String report : refused) {
            HttpResponse<String> answer = send(resent++ % 2 == 0 ? a : b, "POST", "/api/v1/field-reports",
                    "field_surveyor", "application/json", report, Map.of());
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 200, answer.body());
        }
    }

    /** Stops or starts the private cluster with scripts/db, which knows where it lives. */
    private static void database(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("scripts/db", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "database-restart.log").toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("scripts/db " + command + " failed; see target/database-restart.log");
        }
    }

    private static JsonNode poll(String cursor) throws IOException, InterruptedException {
        HttpResponse<String> page = send(a, "GET", "/api/v1/changes?limit=1000" + (cursor == null ? ""
                : "&after=" + cursor), "viewer", null, null, Map.of());
        assertEquals(200, page.statusCode(), page.body());
        return JSON.readTree(page.body());
    }

    /** The entries of these items, as id/version. */
    private static List<String> changes(List<JsonNode> polled, Set<String> ids) {
        return polled.stream().filter(entry -> ids.contains(entry.get("id").asText()))
                .map(entry -> entry.get("id").asText() + "/" + entry.get("version").asLong()).toList();
    }

    private interface Call {
        HttpResponse<String> send(int copy) throws Exception;
    }

    /** Sends the copies at once, as far as threads allow, and answers in the order they were made. */
    private static List<HttpResponse<String>> concurrently(int copies, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch ready = new CountDownLatch(copies);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                int copy = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return call.send(copy);
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The statuses of the answers, all of them when {@code status} is 0. */
    private static List<Integer> statuses(List<HttpResponse<String>> answers, int status) {
        return answers.stream().map(HttpResponse::statusCode).filter(code -> status == 0 || code == status)
                .toList();
    }

    private static boolean isProblem(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static HttpResponse<String> send(String base, String method, String path, String role,
            String contentType, String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER_WITHIN)
                .header("Authorization", "Bearer " + Tokens.token(role))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(PackagedService.DATABASE_URL, System.getenv().getOrDefault("CAIRN_DB_USER", "cairn"),
                System.getenv().getOrDefault("CAIRN_DB_PASSWORD", "cairn"));
    }

    private static long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String single(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
