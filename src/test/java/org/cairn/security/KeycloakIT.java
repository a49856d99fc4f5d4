package org.cairn.security;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.cairn.support.Keycloak;
import org.cairn.support.PackagedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole path of a real identity provider: Keycloak with the realm of docker/keycloak (roles,
 * the organisation claim, the audience) issues tokens by password grant and by client
 * credentials, and the packaged service, verifying them with the realm's published keys, lets
 * each caller do what its role allows.
 */
class KeycloakIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Keycloak keycloak;
    private static PackagedService service;

    @BeforeAll
    static void start() throws Exception {
        keycloak = Keycloak.start();
        service = PackagedService.start("keycloak-service", "256m", Map.of(
                "CAIRN_JWT_PUBLIC_KEY", keycloak.keys(),
                "CAIRN_JWT_ISSUER", keycloak.issuer(),
                "CAIRN_JWT_AUDIENCE", "cairn",
                "CAIRN_JWT_ROLES_CLAIM", "realm_access/roles",
                // The test database holds the tests' own organisations, a migration the service lacks.
                "QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS", "*:missing"));
        service.awaitReady();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aDataManagerSignedInByPasswordActsAsOne() throws Exception {
        String token = token(Map.of("grant_type", "password", "client_id", "cairn-cli",
                "username", "data.manager", "password", "change-me"));

        assertEquals(200, get("/api/v1/hazard-areas?limit=1", token).statusCode());
        assertEquals(200, get("/api/v1/field-reports?limit=1", token).statusCode());
        assertEquals(403, get("/api/v1/api-keys", token).statusCode(), "a data manager is no administrator");
    }

    @Test
    void aPartnerSystemByClientCredentialsReadsAndNoMore() throws Exception {
        String token = token(Map.of("grant_type", "client_credentials", "client_id", "partner-sync",
                "client_secret", "change-me-partner-sync"));

        assertEquals(200, get("/api/v1/hazard-areas?limit=1", token).statusCode());
        assertEquals(200, get("/ogc/collections/hazard-areas/items?limit=1", token).statusCode());
        assertEquals(403, get("/api/v1/field-reports", token).statusCode(), "partners see no field reports");
    }

    @Test
    void aTokenOfAnotherIssuerOrNoneIsRefused() throws Exception {
        assertEquals(401, get("/api/v1/hazard-areas", "not-a-token").statusCode());
        String token = token(Map.of("grant_type", "password", "client_id", "cairn-cli",
                "username", "data.manager", "password", "change-me"));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        assertEquals(401, get("/api/v1/hazard-areas", forged).statusCode());
    }

    private static String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(entry -> entry.getKey() + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode tokens = JSON.readTree(answer.body());
        assertTrue(tokens.hasNonNull("access_token"), answer.body());
        return tokens.get("access_token").asText();
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.base() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
