package org.cairn.security;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.Features;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";
    private static final String API_KEYS = "/api/v1/api-keys";

    @Inject
    JWTParser tokenParser;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noCredentialsIsUnauthorizedWithTheWaysToAuthenticate() {
        anonymous().when().get(HAZARD_AREAS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer realm=\"cairn\""))
                .header("WWW-Authenticate", containsString("ApiKey realm=\"cairn\""))
                .body("type", equalTo("urn:cairn:problem:unauthorized"));
    }

    @Test
    void aValidTokenIsAdmitted() {
        withToken(Tokens.token("viewer")).when().get(HAZARD_AREAS).then().statusCode(200);
    }

    @Test
    void forgedExpiredForeignAndMalformedTokensAreUnauthorized() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Map<String, String> bad = Map.of(
                "forged signature", claims().sign(generator.generateKeyPair().getPrivate()),
                "expired", claims().issuedAt(Instant.now().minusSeconds(7200))
                        .expiresAt(Instant.now().minusSeconds(3600)).sign(Tokens.privateKey()),
                "other issuer", claims().issuer("https://idp.elsewhere.example").sign(Tokens.privateKey()),
                "other audience", claims().audience("another-service").sign(Tokens.privateKey()),
                "not a token", "not.a.token");
        bad.forEach((what, token) -> withToken(token).when().get(HAZARD_AREAS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:cairn:problem:unauthorized"))
                .body("detail", not(containsString("Exception"))));
    }

    /** Tokens are verified through the parser that remembers them, not smallrye's own alone. */
    @Test
    void verifiedTokensAreRemembered() {
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(tokenParser));
    }

    /** Verified tokens are remembered; one must still stop working when it expires. */
    @Test
    void aTokenAdmittedBeforeItExpiresIsRefusedAfter() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(2);
        String token = claims().expiresAt(expiry).sign(Tokens.privateKey());
        withToken(token).when().get(HAZARD_AREAS).then().statusCode(200);
        withToken(token).when().get(HAZARD_AREAS).then().statusCode(200);
        // Past the expiry and the test profile's clock skew of one second.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry.plusMillis(2500)).toMillis()));
        withToken(token).when().get(HAZARD_AREAS)
                .then().statusCode(401)
                .body("type", equalTo("urn:cairn:problem:unauthorized"));
    }

    @Test
    void aTokenWithoutACairnRoleIsUnauthorized() {
        for (Set<String> groups : List.of(Set.<String>of(), Set.of("offline_access", "uma_authorization"))) {
            String token = Tokens.claims("no-role", groups, Tokens.ORGANISATION).sign(Tokens.privateKey());
            withToken(token).when().get(HAZARD_AREAS)
                    .then().statusCode(401)
                    .body("detail", containsString("no Cairn role"));
        }
    }

    @Test
    void anApiKeyAuthenticatesUntilRevoked() {
        Map<String, Object> created = as("admin").contentType("application/json")
                .body(Map.of("name", "Dashboard sync", "organisation", Organisations.BRAVO, "roles", List.of("partner")))
                .when().post(API_KEYS)
                .then().statusCode(201)
                .header("Location", containsString(API_KEYS + "/"))
                .body("secret", notNullValue())
                .body("roles", equalTo(List.of("partner")))
                .body("lastUsedAt", nullValue())
                .extract().as(Map.class);
        String secret = (String) created.get("secret");
        String id = (String) created.get("id");

        withApiKey(secret).when().get(HAZARD_AREAS).then().statusCode(200);
        withApiKey(secret).contentType("application/geo+json").body("{}").when().post(HAZARD_AREAS)
                .then().statusCode(403);

        as("admin").when().get(API_KEYS + "/" + id)
                .then().statusCode(200)
                .body("lastUsedAt", notNullValue())
                .body("$", not(hasKey("secret")));
        as("admin").when().get(API_KEYS).then().statusCode(200).body("items", everyItem(not(hasKey("secret"))));

        as("admin").when().delete(API_KEYS + "/" + id).then().statusCode(204);

        withApiKey(secret).when().get(HAZARD_AREAS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("ApiKey"));
        as("admin").when().get(API_KEYS + "/" + id).then().body("revokedAt", notNullValue())
                .body("revokedBy", equalTo("user-admin"));
    }

    @Test
    void anUnknownApiKeyIsUnauthorized() {
        withApiKey("cairn_thisKeyWasNeverIssued").when().get(HAZARD_AREAS).then().statusCode(401);
    }

    @Test
    void apiKeysAreNeverAdministratorsNorReadPersonalDataAndNameKnownRoles() {
        for (String person : List.of("admin", "victim_assistance")) {
            as("admin").contentType("application/json")
                    .body(Map.of("name", "Too powerful", "organisation", Organisations.BRAVO, "roles", List.of(person)))
                    .when().post(API_KEYS)
                    .then().statusCode(422).body("errors[0].field", equalTo("roles[0]"))
                    .body("errors[0].reason", containsString("may not carry the role of a person"));
        }
        as("admin").contentType("application/json")
                .body(Map.of("name", "Typo", "organisation", Organisations.BRAVO, "roles", List.of("parnter")))
                .when().post(API_KEYS)
                .then().statusCode(422).body("errors[0].reason", containsString("unknown role; expected one of"))
                .body(not(containsString("parnter")));
        as("admin").contentType("application/json")
                .body(Map.of("name", "", "organisation", Organisations.BRAVO, "roles", List.of()))
                .when().post(API_KEYS)
                .then().statusCode(422);
        for (String unknown : List.of("UNMAS", "00000000-0000-4000-8000-00000000dead")) {
            as("admin").contentType("application/json")
                    .body(Map.of("name", "Free text", "organisation", unknown, "roles", List.of("partner")))
                    .when().post(API_KEYS)
                    .then().statusCode(422).body("errors[0].field", equalTo("organisation"));
        }
    }

    /** A key made when keys could still read personal data no longer can. */
    @Test
    void anOlderKeyWithTheSensitiveDataPermissionReadsAsAKeyWithoutIt() {
        String secret = "cairn_olderKeyOfVictimAssistance" + UUID.randomUUID();
        Database.execute(dataSource, "INSERT INTO api_key (id, name, organisation, roles, secret_sha256, created_at, "
                + "created_by) VALUES ('" + UUID.randomUUID() + "', 'Older', '" + Organisations.AUTHORITY + "', "
                + "'{VICTIM_ASSISTANCE,VIEWER}', '" + FieldReports.sha256(secret.getBytes(StandardCharsets.UTF_8))
                + "', now(), 'tests')");
        String casualty = Records.casualty(Features.casualty(Records.accident(Features.accident("MINE", 88.3, 30.0)),
                "INJURED", "MALE", 30));

        withApiKey(secret).when().get("/api/v1/casualties/" + casualty + "/personal-data").then().statusCode(403);
        withApiKey(secret).when().get("/api/v1/casualties/" + casualty).then().statusCode(200)
                .body("injuries", nullValue()).body("ageAtAccident", nullValue());
    }

    @Test
    void recordsNameTheTokensSubjectNotTheStaffMembersLogin() {
        String token = Tokens.claims("f3c1d2e4-0b7a-4c8e-9d6f-2a1b3c4d5e6f", Set.of("data_manager"), Tokens.ORGANISATION)
                .upn("amina.karimi@authority.example").sign(Tokens.privateKey());
        String id = anonymous().auth().oauth2(token).contentType("application/geo+json")
                .body(hazard(uniqueName("subject"), square(88.2, 30.0, 0.01))).when().post(HAZARD_AREAS)
                .then().statusCode(201).body("properties.createdBy", equalTo("f3c1d2e4-0b7a-4c8e-9d6f-2a1b3c4d5e6f"))
                .extract().path("id");

        as("partner").when().get(HAZARD_AREAS + "/" + id).then().statusCode(200)
                .body(not(containsString("amina.karimi")));
    }

    @Test
    void aKeyIsScopedToItsOrganisationLikeItsStaff() {
        String ours = Records.hazardArea(hazard(uniqueName("key-scope"), square(88.0, 30.0, 0.01)));
        Map<String, Object> theirs = hazard(uniqueName("key-scope"), square(88.1, 30.0, 0.01));
        properties(theirs).put("reportingOrganisationId", Organisations.BRAVO);
        String other = Records.hazardArea(theirs);
        String secret = as("admin").contentType("application/json")
                .body(Map.of("name", "Tablet sync", "organisation", Organisations.ALPHA, "roles",
                        List.of("field_surveyor")))
                .when().post(API_KEYS).then().statusCode(201).extract().path("secret");

        withApiKey(secret).when().get(HAZARD_AREAS + "/" + ours).then().statusCode(200);
        withApiKey(secret).when().get(HAZARD_AREAS + "/" + other).then().statusCode(404);
    }

    private static JwtClaimsBuilder claims() {
        return Tokens.claims("someone", Set.of("viewer"), Tokens.ORGANISATION);
    }

    private static RequestSpecification withToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification withApiKey(String secret) {
        return anonymous().header("Authorization", "ApiKey " + secret);
    }
}
