package org.cairn.operations;

import static org.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** With a collector named, each request's trace reaches it over OTLP; here a collector of the test's own. */
@QuarkusTest
@TestProfile(TracesTest.WithCollector.class)
class TracesTest {

    /** What the collector received: the paths posted to and the bodies, as text. */
    static final CopyOnWriteArrayList<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer collector;

    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + collector().getAddress().getPort(),
                    "quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    static synchronized HttpServer collector() {
        if (collector == null) {
            try {
                collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                collector.createContext("/", exchange -> {
                    RECEIVED.add(exchange.getRequestURI().getPath() + " "
                            + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                collector.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return collector;
    }

    @Test
    void aRequestsTraceReachesTheCollector() throws InterruptedException {
        as("viewer").when().get("/api/v1/limits").then().statusCode(200);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (RECEIVED.stream().noneMatch(trace -> trace.contains("/api/v1/limits")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue(RECEIVED.stream().anyMatch(trace -> trace.startsWith("/v1/traces ")
                && trace.contains("/api/v1/limits")), "received: " + RECEIVED.size() + " posts");
    }
}
