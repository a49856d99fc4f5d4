package org.cairn.security;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.properties;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.support.Organisations;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/** A field surveyor sees its own organisation's records only; others do not even learn they exist. */
@QuarkusTest
class OrganisationScopeTest {

    private static final String HAZARD_AREAS = "/api/v1/hazard-areas";
    private static final String OURS = Organisations.BRAVO;
    private static final String THEIRS = Organisations.ALPHA;

    @Test
    void aFieldSurveyorListsAndReadsOnlyItsOrganisationsRecords() {
        String name = uniqueName("scope");
        String ours = create(name, OURS, square(80.0, 45.0, 0.01));
        String theirs = create(name, THEIRS, square(80.1, 45.0, 0.01));

        List<String> seen = as("field_surveyor", OURS).when().get(HAZARD_AREAS + "?q=" + name)
                .then().statusCode(200).extract().path("features.id");
        assertEquals(List.of(ours), seen);

        as("field_surveyor", OURS).when().get(HAZARD_AREAS + "/" + ours).then().statusCode(200);
        as("field_surveyor", OURS).when().get(HAZARD_AREAS + "/" + theirs)
                .then().statusCode(404)
                .body("detail", equalTo("No hazard area with id " + theirs + "."));
        as("field_surveyor", OURS).when().get(HAZARD_AREAS + "/" + theirs + "/history").then().statusCode(404);
        as("field_surveyor", OURS).when().get(HAZARD_AREAS + "/" + ours + "/history").then().statusCode(200);
    }

    @Test
    void everyOtherRoleReadsEveryOrganisationsRecords() {
        String name = uniqueName("scope-all");
        String ours = create(name, OURS, square(80.3, 45.0, 0.01));
        String theirs = create(name, THEIRS, square(80.4, 45.0, 0.01));

        for (String role : List.of("viewer", "operator", "data_manager", "victim_assistance", "partner", "admin")) {
            List<String> seen = as(role, OURS).when().get(HAZARD_AREAS + "?q=" + name)
                    .then().statusCode(200).extract().path("features.id");
            assertEquals(Set.of(ours, theirs), Set.copyOf(seen), role);
        }
    }

    @Test
    void aSurveyorWithoutAnOrganisationSeesNothing() {
        String name = uniqueName("scope-none");
        create(name, OURS, square(80.6, 45.0, 0.01));
        String token = Tokens.claims("surveyor", Set.of("field_surveyor"), null).sign(Tokens.privateKey());

        List<String> seen = anonymous().auth().oauth2(token)
                .when().get(HAZARD_AREAS + "?q=" + name).then().statusCode(200).extract().path("features.id");
        assertEquals(List.of(), seen);
    }

    @Test
    void landownersAreWithheldFromAllButDataManagersAndAdministrators() {
        Map<String, Object> feature = hazard(uniqueName("landowner"), square(80.8, 45.0, 0.01));
        properties(feature).put("landowner", "Family Deng, plot 14");
        String id = as("data_manager").contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");

        for (String role : List.of("viewer", "field_surveyor", "operator", "victim_assistance", "partner")) {
            as(role).when().get(HAZARD_AREAS + "/" + id).then().statusCode(200)
                    .body("properties.landowner", nullValue());
            as(role).when().get(HAZARD_AREAS + "?q=" + properties(feature).get("name")).then().statusCode(200)
                    .body("features[0].properties.landowner", nullValue());
        }
        for (String role : List.of("data_manager", "admin")) {
            as(role).when().get(HAZARD_AREAS + "/" + id).then().statusCode(200)
                    .body("properties.landowner", equalTo("Family Deng, plot 14"));
        }
    }

    private static String create(String name, String organisation, Map<String, Object> geometry) {
        Map<String, Object> feature = hazard(name, geometry);
        properties(feature).put("reportingOrganisationId", organisation);
        return as("data_manager").contentType("application/geo+json").body(feature)
                .when().post(HAZARD_AREAS).then().statusCode(201).extract().path("id");
    }
}
