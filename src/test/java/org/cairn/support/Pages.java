package org.cairn.support;

import static org.cairn.support.Api.dataManager;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** Walks a feature list page by page, as a client would. */
public final class Pages {

    private Pages() {
    }

    /** The ids of every feature from this first page on, following next links to the end, as the data manager. */
    public static List<String> featureIds(String first) {
        List<String> seen = new ArrayList<>();
        String url = first;
        while (url != null) {
            JsonPath page = dataManager().urlEncodingEnabled(false).when().get(url).then().statusCode(200)
                    .extract().jsonPath();
            List<String> ids = page.getList("features.id");
            assertNotNull(ids);
            seen.addAll(ids);
            url = page.getString("links.find { it.rel == 'next' }.href");
        }
        return seen;
    }
}
