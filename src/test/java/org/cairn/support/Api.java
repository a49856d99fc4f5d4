package org.cairn.support;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** RestAssured set up to read JSON numbers as doubles, so that coordinates compare exactly. */
public final class Api {

    private static final RestAssuredConfig CONFIG = RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private Api() {
    }

    public static RequestSpecification api() {
        return RestAssured.given().config(CONFIG);
    }
}
