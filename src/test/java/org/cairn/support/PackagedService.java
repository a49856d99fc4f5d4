package org.cairn.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app) in a JVM of its own, on a free port, against the test
 * database, with the tests' keys: for the *IT tests, which run after packaging.
 */
public final class PackagedService implements AutoCloseable {

    /** The test database, as the tests in the service's own JVM reach it. */
    public static final String DATABASE_URL = System.getenv().getOrDefault("CAIRN_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("CAIRN_DB_PORT", "55432") + "/cairn_test");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Process process;
    private final String base;
    private final Path log;

    private PackagedService(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts it with this heap and these settings (environment variables); {@link #awaitReady} waits for it. */
    public static PackagedService start(String name, String heap, Map<String, String> settings) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target", name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx" + heap, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("CAIRN_HTTP_PORT", String.valueOf(port));
        environment.put("CAIRN_DB_URL", DATABASE_URL);
        environment.put("CAIRN_JWT_PUBLIC_KEY", "target/test-keys/public.pem");
        environment.put("CAIRN_PERSONAL_DATA_KEY_FILE", "target/test-keys/personal-data.key");
        environment.putAll(settings);
        return new PackagedService(builder.start(), "http://127.0.0.1:" + port, log);
    }

    public void awaitReady() throws InterruptedException {
        for (int attempt = 0; attempt < 240; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service did not start; see " + log);
    }

    /** Where it listens: http://127.0.0.1:PORT. */
    public String base() {
        return base;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
