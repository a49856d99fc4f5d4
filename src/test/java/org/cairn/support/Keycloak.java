package org.cairn.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak from its distribution on Maven Central (unpacked into target/keycloak by the build), in
 * development mode with the realm of docker/keycloak imported, on a free port. Keycloak 26 needs
 * Java 21 or later: the newest JDK under /usr/lib/jvm runs it.
 */
public final class Keycloak implements AutoCloseable {

    private static final Path REALM = Path.of("docker", "keycloak", "cairn-realm.json");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String base;
    private final Path log;

    private Keycloak(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    public static Keycloak start() throws IOException, InterruptedException {
        Path home = distribution();
        Path imports = home.resolve("data").resolve("import");
        Files.createDirectories(imports);
        Files.copy(REALM, imports.resolve(REALM.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target", "keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--import-realm", "--http-port=" + port, "--http-host=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome().toString());
        Keycloak keycloak = new Keycloak(builder.start(), "http://127.0.0.1:" + port, log);
        keycloak.awaitRealm();
        return keycloak;
    }

    /** The realm's issuer, as its tokens name it. */
    public String issuer() {
        return base + "/realms/cairn";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String keys() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    private void awaitRealm() throws InterruptedException {
        for (int attempt = 0; attempt < 360; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + log);
            }
            try {
                HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer()
                        + "/.well-known/openid-configuration")).build();
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not start in three minutes; see " + log);
    }

    private static Path distribution() throws IOException {
        try (Stream<Path> unpacked = Files.list(Path.of("target", "keycloak"))) {
            return unpacked.filter(path -> path.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/keycloak holds no Keycloak; "
                            + "mvn verify unpacks it before the integration tests"));
        }
    }

    /** The newest JDK of the machine: Keycloak 26 does not run on Java 17. */
    private static Path javaHome() throws IOException {
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            Optional<Path> newest = jdks.filter(path -> Files.isExecutable(path.resolve("bin").resolve("java")))
                    .filter(path -> feature(path) >= 21).max(Comparator.comparingInt(Keycloak::feature));
            return newest.orElseThrow(() -> new IllegalStateException("Keycloak needs a JDK 21 or later under "
                    + "/usr/lib/jvm (Temurin's, on Cairn's build machines)"));
        }
    }

    /** A JDK's feature version, from its release file. */
    private static int feature(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream().filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("[^0-9.]", "").split("\\.")[0]).map(Integer::parseInt)
                    .findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
