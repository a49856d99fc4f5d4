package org.cairn.support;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests as a given caller, with RestAssured set up to read JSON numbers as doubles so that
 * coordinates compare exactly, and to send bodies in UTF-8 without declaring another charset.
 */
public final class Api {

    private static final RestAssuredConfig CONFIG = RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE))
            // Bodies in UTF-8, as Cairn reads them; RestAssured would declare ISO-8859-1 for geo+json.
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** Without credentials. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().config(CONFIG);
    }

    /** As a person with this one role, of {@link Tokens#ORGANISATION}. */
    public static RequestSpecification as(String role) {
        return as(role, Tokens.ORGANISATION);
    }

    public static RequestSpecification as(String role, String organisation) {
        String token = TOKENS.computeIfAbsent(role + "|" + organisation, key -> Tokens.token(role, organisation));
        return anonymous().auth().oauth2(token);
    }

    /** The national authority's data manager, who may change any record: most tests' author. */
    public static RequestSpecification dataManager() {
        return as("data_manager");
    }
}
