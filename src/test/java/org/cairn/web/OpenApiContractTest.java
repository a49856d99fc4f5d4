package org.cairn.web;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.dataManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cairn.ApiDocumentation;
import org.cairn.feature.FeatureEndpoint;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/ files are the published contract. The build rewrites them from the code;
 * these tests fail while the committed copy differs, so a change to the API cannot land without
 * its contract.
 */
@QuarkusTest
class OpenApiContractTest {

    /** Copied by the build from openapi/ before this run regenerated it, for builds outside a git checkout. */
    private static final Path COMMITTED = Path.of("target", "committed-openapi");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedYamlIsWhatTheCodeServes() throws IOException {
        String served = dataManager().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(committed("openapi.yaml"), served, "openapi/openapi.yaml is out of date: this build has "
                + "written the current document into openapi/; review it and commit it");
    }

    @Test
    void committedJsonIsWhatTheCodeServes() throws IOException {
        String served = dataManager().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(committed("openapi.json"), served, "openapi/openapi.json is out of date: this build has "
                + "written the current document into openapi/; review it and commit it");
    }

    /**
     * The OGC API definition is published too, with the server of a local run, so that clients are
     * generated from it as from the REST API's (the clients profile); a drift rewrites the file.
     */
    @Test
    void committedOgcDefinitionIsWhatTheCodeServes() throws IOException {
        ObjectNode served = (ObjectNode) JSON.readTree(dataManager().when().get("/ogc/api").then().statusCode(200)
                .extract().asString());
        ((ObjectNode) served.get("servers").get(0)).put("url", "http://localhost:8080/ogc");
        String current = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
        String committed = committedOrNone("ogc-api.json");
        if (!current.equals(committed)) {
            Files.writeString(Path.of("openapi", "ogc-api.json"), current, StandardCharsets.UTF_8);
        }
        assertEquals(committed, current, "openapi/ogc-api.json is out of date: this test has written the current "
                + "definition into openapi/; review it and commit it");
    }

    @Test
    void everyFeatureListDocumentsExactlyTheParametersItAccepts() {
        ApiDocumentation.FEATURE_LISTS.forEach((path, listing) -> {
            List<Map<String, Object>> parameters = anonymous().when().get("/q/openapi?format=json").then()
                    .extract().path("paths.'" + path + "'.get.parameters");
            Set<String> documented = new TreeSet<>();
            parameters.stream().filter(parameter -> "query".equals(parameter.get("in")))
                    .forEach(parameter -> documented.add((String) parameter.get("name")));
            Set<String> accepted = new TreeSet<>(listing.filters().keySet());
            accepted.addAll(FeatureEndpoint.LIST.parameters());

            assertEquals(accepted, documented, path);
        });
    }

    /** What a GET answers must be what the schema describes: no undocumented property, none missing. */
    @Test
    void hazardAreaAndActivityPropertiesAreAllDocumented() {
        Map<String, Object> schemas = anonymous().when().get("/q/openapi?format=json").then()
                .extract().path("components.schemas");
        String hazard = Records.hazardArea(Features.hazard(Features.uniqueName("schema"),
                Features.square(140.0, 45.0, 0.01)));
        String activity = Records.activity(Features.activity(Features.uniqueName("schema"), "TS",
                Organisations.ALPHA, hazard));
        Map<String, String> items = Map.of("/api/v1/hazard-areas/" + hazard, "HazardAreaProperties",
                "/api/v1/activities/" + activity, "ActivityProperties");
        items.forEach((path, schema) -> {
            Map<String, Object> served = dataManager().when().get(path).then().extract().path("properties");
            @SuppressWarnings("unchecked")
            Map<String, Object> declared = (Map<String, Object>) ((Map<String, Object>) schemas.get(schema))
                    .get("properties");
            assertEquals(new TreeSet<>(declared.keySet()), new TreeSet<>(served.keySet()), schema);
        });
    }

    @Test
    void everyOperationIsDescribedWithExamples() {
        Map<String, Map<String, Map<String, Object>>> paths = dataManager().when().get("/q/openapi?format=json").then()
                .extract().path("paths");
        List<String> faults = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                faults.add(where + " has no summary");
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                    List.of());
            for (Map<String, Object> parameter : parameters) {
                if ("query".equals(parameter.get("in"))
                        && (parameter.get("description") == null || parameter.get("example") == null)) {
                    faults.add(where + " parameter " + parameter.get("name") + " lacks a description or example");
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertNotNull(responses, where + " documents no responses");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    String content = String.valueOf(response.get("content"));
                    if (!content.contains("application/problem+json") || !content.contains("example")) {
                        faults.add(where + " " + status + " is not documented as problem+json with an example");
                    }
                }
            });
        }));
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /**
     * The document as committed: from git where this is a checkout, since the build has already
     * rewritten the working copy and an earlier build may have too; else as it was before this build.
     */
    private static String committedOrNone(String file) throws IOException {
        Optional<String> head = fromGit("openapi/" + file);
        if (head.isPresent()) {
            return head.get();
        }
        Path path = COMMITTED.resolve(file);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }

    private static String committed(String file) throws IOException {
        Optional<String> head = fromGit("openapi/" + file);
        if (head.isPresent()) {
            return head.get();
        }
        Path path = COMMITTED.resolve(file);
        assertTrue(Files.exists(path), "openapi/" + file + " is not committed; the build has just written it");
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private static Optional<String> fromGit(String path) throws IOException {
        Process git;
        try {
            git = new ProcessBuilder("git", "show", "HEAD:" + path).start();
        } catch (IOException noGit) {
            return Optional.empty();
        }
        String content = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return git.waitFor() == 0 ? Optional.of(content) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
