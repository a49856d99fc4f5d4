package org.cairn.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yaml cannot run here (no Docker engine), so it is read instead: every service is
 * health-checked, every file it names exists, every variable has a default, its Keycloak is the
 * one KeycloakIT runs, and the image it builds copies only what its ignore file lets into the build.
 */
class ComposeFileTest {

    private static final Path DOCKER = Path.of("docker");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(:-[^}]*)?}");
    private static final Pattern COPY = Pattern.compile("(?m)^COPY (?!--from)(?:--\\S+ )*(\\S+) ");

    /** The file as Compose reads it, its anchors and aliases resolved (SnakeYAML does; Jackson does not). */
    private static JsonNode compose() throws IOException {
        Object yaml = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        return new ObjectMapper().valueToTree(yaml);
    }

    @Test
    void everyServiceIsHealthCheckedAndEveryFileItNamesExists() throws IOException {
        JsonNode services = compose().get("services");
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("db", "db-standby", "keycloak", "cairn-1", "cairn-2", "nginx"), names);
        for (String name : names) {
            JsonNode service = services.get(name);
            assertTrue(service.has("healthcheck"), name + " has a health check");
            JsonNode build = service.get("build");
            if (build != null) {
                Path context = DOCKER.resolve(build.get("context").asText()).normalize();
                assertTrue(Files.isRegularFile(context.resolve(build.get("dockerfile").asText())), name);
            }
            for (JsonNode volume : service.path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith(".")) {
                    Path path = DOCKER.resolve(source).normalize();
                    // .data/dev-keys is made by scripts/token, as the file's first lines say to run.
                    assertTrue(Files.exists(path) || path.startsWith(".data"), name + " mounts " + source);
                }
            }
        }
    }

    /** Compose's Keycloak is the one KeycloakIT runs (the same version, the same realm file). */
    @Test
    void keycloakIsTheVersionAndRealmTheIntegrationTestRuns() throws IOException {
        JsonNode keycloak = compose().get("services").get("keycloak");
        String version = keycloak.get("image").asText().replaceAll(".*:", "");
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<artifactId>keycloak-quarkus-dist</artifactId>\n                  <version>" + version
                + "</version>"), "the image's version " + version + " is the distribution KeycloakIT runs");
        assertEquals("./keycloak/cairn-realm.json:/opt/keycloak/data/import/cairn-realm.json:ro",
                keycloak.get("volumes").get(0).asText());
        assertTrue(compose().get("services").get("cairn-1").get("environment").get("CAIRN_JWT_ISSUER").asText()
                .contains("/realms/cairn"));
    }

    @Test
    void everyVariableHasADefault() throws IOException {
        Matcher variable = VARIABLE.matcher(Files.readString(DOCKER.resolve("compose.yaml")));
        int found = 0;
        while (variable.find()) {
            found++;
            assertTrue(variable.group(2) != null, variable.group(1) + " has no default");
        }
        assertTrue(found > 0);
    }

    @Test
    void nginxSendsToTheReplicasOfTheFile() throws IOException {
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));
        assertTrue(nginx.contains("server cairn-1:8080") && nginx.contains("server cairn-2:8080"), nginx);
    }

    @Test
    void theReplicasReadFromTheStandbyThatReplicatesTheDatabase() throws IOException {
        JsonNode services = compose().get("services");
        assertEquals("jdbc:postgresql://db-standby:5432/cairn",
                services.get("cairn-1").get("environment").get("CAIRN_DB_STANDBY_URL").asText());
        assertTrue(services.get("db-standby").get("entrypoint").toString().contains("pg_basebackup -h db -U replicator"));
        assertTrue(services.get("db").get("volumes").toString().contains("/docker-entrypoint-initdb.d/"));
        assertTrue(Files.readString(DOCKER.resolve("postgres/replication.sh")).contains("host replication replicator"));
    }

    @Test
    void theImageIsBuiltFromTheSourcesTheIgnoreFileLetsIn() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        List<String> allowed = Files.readAllLines(DOCKER.resolve("Dockerfile.dockerignore")).stream()
                .filter(line -> line.startsWith("!")).map(line -> line.substring(1)).toList();
        Matcher copy = COPY.matcher(dockerfile);
        int copied = 0;
        while (copy.find()) {
            copied++;
            String source = copy.group(1);
            assertTrue(allowed.contains(source), source + " is let into the build");
            assertTrue(Files.exists(Path.of(source)), source + " exists");
        }
        assertEquals(3, copied, dockerfile);
        assertTrue(dockerfile.contains("RUN mvn -B -q package -DskipTests"), "the image builds the service itself");
        assertFalse(dockerfile.contains("COPY target/"), "nothing built outside the image is copied in");
    }
}
