package org.cairn.scale;

import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.cairn.support.Commands;
import org.cairn.support.PackagedService;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A streaming standby of the private cluster (scripts/db standby) takes the reads that may lag:
 * OGC API items, tiles, exports and statistics. Writes and /api/v1 stay on the primary, which
 * reads its own writes at once. A standby whose replay is paused serves until it is further
 * behind than the bound, is left out then, and serves again once it has caught up; one that stops
 * costs no request an error. Runs after the other tests, on the test database they leave behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandbyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration MAX_LAG = Duration.ofSeconds(3);
    private static final String STANDBY_URL = "jdbc:postgresql://127.0.0.1:"
            + System.getenv().getOrDefault("CAIRN_DB_STANDBY_PORT",
                    String.valueOf(Integer.parseInt(System.getenv().getOrDefault("CAIRN_DB_PORT", "55432")) + 1))
            + "/cairn_test";
    private static PackagedService service;

    @BeforeAll
    static void startStandbyAndService() throws Exception {
        standby("start");
        service = PackagedService.start("standby-service", "256m", Map.of(
                // The tests' organisations are a migration of the tests, not of the jar.
                "QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS", "*:missing",
                "CAIRN_DB_STANDBY_URL", STANDBY_URL,
                "CAIRN_DB_STANDBY_MAX_LAG", MAX_LAG.toSeconds() + "S",
                "CAIRN_DB_STANDBY_CHECK_INTERVAL", "200MS",
                "CAIRN_DB_STANDBY_DOWN_FOR", "2S"));
        service.awaitReady();
        try (Connection connection = DriverManager.getConnection(PackagedService.DATABASE_URL,
                System.getenv().getOrDefault("CAIRN_DB_USER", "cairn"),
                System.getenv().getOrDefault("CAIRN_DB_PASSWORD", "cairn"));
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = cairn, public");
            statement.execute(Files.readString(Path.of("src/test/resources/db/test-data/R__test_organisations.sql")));
        }
    }

    @AfterAll
    static void stopServiceAndStandby() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        standby("stop");
    }

    @Test
    @Order(1)
    void lagTolerantReadsComeFromTheStandbyUntilItFallsTooFarBehind() throws Exception {
        String first = record("standby first");
        awaitOgc(first, 1, Duration.ofSeconds(20));

        standby("pause");
        Instant paused = Instant.now();
        String second = record("standby second");
        assertEquals(1, list(second), "the primary reads its own writes at once");
        assertEquals(0, ogc(second), "the standby, paused, serves OGC items without the second hazard");
        assertEquals(1, exported(second).lines().count(), "and exports: a header, no row");

        awaitOgc(second, 1, Duration.ofSeconds(30));
        Duration leftOut = Duration.between(paused, Instant.now());
        assertTrue(leftOut.compareTo(MAX_LAG.minusMillis(500)) >= 0, "left out only past the bound, not after "
                + leftOut);
        assertEquals(2, exported(second).lines().count(), "then the primary serves exports too");

        HttpResponse<String> metrics = get("/q/metrics");
        assertTrue(metrics.body().lines().anyMatch(line -> line.startsWith("cairn_standby_lag_seconds ")
                && Double.parseDouble(line.split(" ")[1]) >= MAX_LAG.toSeconds() - 0.5), "the lag is reported");

        standby("resume");
        // Caught up again, it serves again: paused once more, it does not have what comes next.
        awaitServing();
        standby("pause");
        String third = record("standby third");
        assertEquals(0, ogc(third), "the standby serves again once caught up");
        standby("resume");
    }

    @Test
    @Order(2)
    void aStandbyThatStopsCostsNoReadAnError() throws Exception {
        String fourth = record("standby fourth");
        awaitOgc(fourth, 1, Duration.ofSeconds(20));
        standby("stop");
        String fifth = record("standby fifth");
        for (int i = 0; i < 5; i++) {
            assertEquals(1, ogc(fifth), "read on the primary, without an error");
            HttpResponse<String> tile = get("/ogc/collections/hazard-areas/tiles/WebMercatorQuad/0/0/0");
            assertTrue(tile.statusCode() == 200 || tile.statusCode() == 204, tile.body());
            assertEquals(2, exported(fifth).lines().count());
        }
    }

    /** Waits until OGC items find the hazard as often as wanted; how long that took. */
    private static Duration awaitOgc(String name, int wanted, Duration within) throws Exception {
        Instant start = Instant.now();
        while (ogc(name) != wanted) {
            assertTrue(Duration.between(start, Instant.now()).compareTo(within) < 0,
                    "OGC items did not find " + name + " within " + within);
            Thread.sleep(100);
        }
        return Duration.between(start, Instant.now());
    }

    /** Waits until the standby has caught up and the service reads from it again. */
    private static void awaitServing() throws Exception {
        String probe = record("standby probe");
        awaitOgc(probe, 1, Duration.ofSeconds(20));
        Thread.sleep(1000);
    }

    private static String record(String prefix) throws Exception {
        String name = uniqueName(prefix);
        HttpResponse<String> created = send("POST", "/api/v1/hazard-areas",
                JSON.writeValueAsString(hazard(name, square(-120.0, -50.0, 0.01))));
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    private static int list(String name) throws Exception {
        return returned(get("/api/v1/hazard-areas?q=" + encode(name)));
    }

    private static int ogc(String name) throws Exception {
        return returned(get("/ogc/collections/hazard-areas/items?filter=" + encode("name = '" + name + "'")));
    }

    private static String exported(String name) throws Exception {
        HttpResponse<String> answer = get("/api/v1/exports/hazard-areas?format=csv&q=" + encode(name));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static int returned(HttpResponse<String> answer) throws IOException {
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode page = JSON.readTree(answer.body());
        return page.path("features").size();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private static HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.token("data_manager"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/geo+json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void standby(String command) {
        Commands.runWith(Map.of(), "scripts/db", "standby", command);
    }
}
