package org.cairn.ordnance;

import static org.cairn.support.Api.as;
import static org.cairn.support.Api.dataManager;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrdnanceTypeTest {

    private static final String ORDNANCE_TYPES = "/api/v1/ordnance-types";

    @Test
    void theCatalogueHoldsCommonModels() {
        as("viewer").when().get(ORDNANCE_TYPES)
                .then().statusCode(200)
                .body("items", hasSize(greaterThanOrEqualTo(40)))
                .body("items.model", hasItems("PMN-2", "PFM-1", "TM-62M", "BLU-97/B", "M77", "OF-462"));
        as("viewer").when().get(ORDNANCE_TYPES + "?category=AV_MINE")
                .then().statusCode(200).body("items.category", everyItem(equalTo("AV_MINE")));
        as("viewer").when().get(ORDNANCE_TYPES + "/00000000-0000-4000-8000-000000000102")
                .then().statusCode(200).body("model", equalTo("PMN-2")).body("subCategory", equalTo("blast"));
    }

    @Test
    void theAuthorityExtendsTheCatalogue() {
        String id = dataManager().contentType("application/json")
                .body(Map.of("category", "AP_MINE", "subCategory", "blast", "model", "PMA-2"))
                .when().post(ORDNANCE_TYPES).then().statusCode(201).extract().path("id");

        dataManager().contentType("application/json")
                .body(Map.of("category", "AP_MINE", "model", "pma-2")).when().post(ORDNANCE_TYPES)
                .then().statusCode(409);
        dataManager().contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("category", "AP_MINE", "subCategory", "blast", "model", "PMA-2",
                        "description", "Yugoslav blast mine"))
                .when().put(ORDNANCE_TYPES + "/" + id).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void badRequestsAreRefused() {
        as("viewer").when().get(ORDNANCE_TYPES + "?category=MINE").then().statusCode(400);
        as("viewer").when().get(ORDNANCE_TYPES + "?model=PMN").then().statusCode(400);
        dataManager().contentType("application/json").body(Map.of("category", "ROCKET", "model", "X"))
                .when().post(ORDNANCE_TYPES).then().statusCode(422);
        dataManager().contentType("application/json").body(Map.of("category", "UXO", "model", " "))
                .when().post(ORDNANCE_TYPES).then().statusCode(422);
        dataManager().contentType("application/json").body(List.of())
                .when().post(ORDNANCE_TYPES).then().statusCode(400);
    }
}
