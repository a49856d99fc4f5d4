package org.cairn.victim;

import static org.cairn.support.Api.as;
import static org.cairn.support.Features.accident;
import static org.cairn.support.Features.casualty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CasualtyTest {

    private static final String CASUALTIES = "/api/v1/casualties";

    @Inject
    AgroalDataSource dataSource;

    /** Each field's visibility for each role: exact age and injuries need the sensitive-data permission. */
    @Test
    void everyRoleSeesWhatItMayOfACasualty() {
        String accident = Records.accident(accident("MINE", 160.0, 60.0));
        String id = Records.casualty(casualty(accident, "INJURED", "FEMALE", 14));

        for (String role : List.of("victim_assistance", "admin")) {
            as(role).when().get(CASUALTIES + "/" + id).then().statusCode(200)
                    .body("ageAtAccident", equalTo(14))
                    .body("ageGroup", equalTo("CHILD"))
                    .body("injuries", equalTo("Shrapnel wounds to both legs"));
        }
        for (String role : List.of("viewer", "operator", "data_manager", "partner")) {
            as(role).when().get(CASUALTIES + "/" + id).then().statusCode(200)
                    .body("outcome", equalTo("INJURED"))
                    .body("sex", equalTo("FEMALE"))
                    .body("ageGroup", equalTo("CHILD"))
                    .body("status", equalTo("CIVILIAN"))
                    .body("ageAtAccident", nullValue())
                    .body("injuries", nullValue());
        }
        as("field_surveyor", Organisations.AUTHORITY).when().get(CASUALTIES + "/" + id).then().statusCode(200)
                .body("ageAtAccident", nullValue());
        as("field_surveyor", Organisations.ALPHA).when().get(CASUALTIES + "/" + id).then().statusCode(404);
    }

    @Test
    void withoutConsentARecordIsNotSharedWithThatAudience() {
        String accident = Records.accident(accident("MINE", 160.1, 60.0));
        Map<String, Object> noNgos = casualty(accident, "KILLED", "MALE", 30);
        noNgos.put("consentShareNgos", false);
        String hiddenFromNgos = Records.casualty(noNgos);
        Map<String, Object> noAuthorities = casualty(accident, "INJURED", "MALE", 31);
        noAuthorities.put("consentShareAuthorities", false);
        String hiddenFromAuthorities = Records.casualty(noAuthorities);

        for (String role : List.of("partner", "operator")) {
            as(role).when().get(CASUALTIES + "/" + hiddenFromNgos).then().statusCode(404);
            as(role).when().get(CASUALTIES + "/" + hiddenFromAuthorities).then().statusCode(200);
            assertEquals(Set.of(hiddenFromAuthorities), listed(role, accident));
        }
        for (String role : List.of("viewer", "data_manager")) {
            as(role).when().get(CASUALTIES + "/" + hiddenFromAuthorities).then().statusCode(404);
            assertEquals(Set.of(hiddenFromNgos), listed(role, accident));
        }
        assertEquals(Set.of(hiddenFromNgos, hiddenFromAuthorities), listed("victim_assistance", accident));
    }

    @Test
    void aRoleWhoMayNotSeeACasualtyCannotChangeItEither() {
        String accident = Records.accident(accident("MINE", 160.2, 60.0));
        Map<String, Object> noAuthorities = casualty(accident, "INJURED", "MALE", 40);
        noAuthorities.put("consentShareAuthorities", false);
        String id = Records.casualty(noAuthorities);

        as("data_manager").contentType("application/json").body(noAuthorities)
                .when().put(CASUALTIES + "/" + id).then().statusCode(404);
        as("victim_assistance").contentType("application/json").body(noAuthorities).header("If-Match", "\"1\"")
                .when().put(CASUALTIES + "/" + id).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void withheldFieldsSurviveAWriteByARoleThatNeverSawThem() {
        String accident = Records.accident(accident("MINE", 160.3, 60.0));
        String id = Records.casualty(casualty(accident, "INJURED", "FEMALE", 9));
        Map<String, Object> seen = as("data_manager").when().get(CASUALTIES + "/" + id).then().extract().as(Map.class);
        seen.put("outcome", "KILLED");

        as("data_manager").contentType("application/json").body(seen).when().put(CASUALTIES + "/" + id)
                .then().statusCode(200).body("outcome", equalTo("KILLED"));
        as("victim_assistance").when().get(CASUALTIES + "/" + id).then()
                .body("ageAtAccident", equalTo(9)).body("injuries", equalTo("Shrapnel wounds to both legs"));
    }

    @Test
    void listsFilterAndPage() {
        String accident = Records.accident(accident("MINE", 160.4, 60.0));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(Records.casualty(casualty(accident, i % 2 == 0 ? "KILLED" : "INJURED", "MALE",
                    i < 3 ? 12 : 35)));
        }
        Set<String> seen = new HashSet<>();
        String url = CASUALTIES + "?limit=3&accidentId=" + accident;
        while (url != null) {
            JsonPath page = as("victim_assistance").urlEncodingEnabled(false)
                    .when().get(url).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            assertTrue(ids.size() <= 3);
            ids.forEach(id -> assertTrue(seen.add(id), "seen twice: " + id));
            url = page.getString("links.find { it.rel == 'next' }.href");
        }
        assertEquals(Set.copyOf(created), seen);
        as("victim_assistance").when().get(CASUALTIES + "?accidentId=" + accident + "&outcome=KILLED&ageGroup=CHILD")
                .then().statusCode(200).body("numberReturned", equalTo(2));
        as("victim_assistance").when().get(CASUALTIES + "?name=Amina").then().statusCode(400);
        as("victim_assistance").when().get(CASUALTIES + "?outcome=DEAD").then().statusCode(400);
    }

    @Test
    void badCasualtiesAreRefusedAndNothingIsWritten() {
        String accident = Records.accident(accident("MINE", 160.5, 60.0));
        Map<String, Object> tooYoung = casualty(accident, "INJURED", "MALE", -1);
        Map<String, Object> tooOld = casualty(accident, "INJURED", "MALE", 121);
        Map<String, Object> unknownOutcome = casualty(accident, "MAIMED", "MALE", 30);
        Map<String, Object> missingAccident = casualty(UUID.randomUUID().toString(), "INJURED", "MALE", 30);
        Map<String, Object> noSex = casualty(accident, "INJURED", null, 30);
        Map<String, Object> identifying = casualty(accident, "INJURED", "MALE", 30);
        identifying.put("name", "Amina Deng");
        String before = Database.single(dataSource, "SELECT count(*) FROM casualty");

        Map<Map<String, Object>, Integer> cases = Map.of(tooYoung, 422, tooOld, 422, unknownOutcome, 422,
                missingAccident, 422, noSex, 422, identifying, 400);
        cases.forEach((body, status) -> as("victim_assistance").contentType("application/json").body(body)
                .when().post(CASUALTIES).then().statusCode(status).contentType("application/problem+json"));
        as("victim_assistance").contentType("application/json").body(tooOld).when().post(CASUALTIES)
                .then().body("errors.field", hasItem("ageAtAccident"));
        as("victim_assistance").contentType("application/json").body(missingAccident).when().post(CASUALTIES)
                .then().body("errors.field", hasItem("accidentId"));

        assertEquals(before, Database.single(dataSource, "SELECT count(*) FROM casualty"));
    }

    private static Set<String> listed(String role, String accident) {
        List<String> ids = as(role).when().get(CASUALTIES + "?accidentId=" + accident).then().statusCode(200)
                .extract().path("items.id");
        assertFalse(ids == null);
        return new HashSet<>(ids);
    }
}
