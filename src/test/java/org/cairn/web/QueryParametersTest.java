package org.cairn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reader of query parameters: what it refuses, and each grammar, without a server. */
class QueryParametersTest {

    private enum Colour { RED, GREEN }

    @Test
    void aParameterTheRequestDoesNotTakeIsRefusedNamingThoseItTakes() {
        ProblemException refusal = assertThrows(ProblemException.class,
                () -> QueryParameters.read(query("colour", "red"), List.of("level", "limit")));

        assertEquals(400, refusal.problem().status);
        assertEquals("Unknown query parameter colour; this request accepts level, limit.", refusal.getMessage());
    }

    @Test
    void aRequestThatTakesNothingSaysSo() {
        ProblemException refusal = assertThrows(ProblemException.class,
                () -> QueryParameters.read(query("f", "json"), List.of()));

        assertEquals("Unknown query parameter f; this request accepts none.", refusal.getMessage());
    }

    @Test
    void aControlCharacterInAnUnknownNameIsNotEchoed() {
        ProblemException refusal = assertThrows(ProblemException.class,
                () -> QueryParameters.read(query("co\u0007lour", "red"), List.of("level")));

        assertFalse(refusal.getMessage().contains("\u0007"), refusal.getMessage());
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsRefused() {
        Map<String, List<String>> twice = new LinkedHashMap<>();
        twice.put("level", List.of("1", "2"));
        QueryParameters query = QueryParameters.read(twice, List.of("level"));

        ProblemException refusal = assertThrows(ProblemException.class, () -> query.single("level"));
        assertEquals("Parameter level may be given once.", refusal.getMessage());
        assertEquals(List.of("1", "2"), query.all("level"));
    }

    @ParameterizedTest(name = "limit={0} reads as {1}")
    @CsvSource({"1, 1", "250, 250", "1000, 1000", "1001, 1000", "99999999999999999999, 1000", "007, 7", "' 12 ', 12"})
    void aLimitAboveTheMaximumIsLoweredToIt(String limit, int expected) {
        assertEquals(expected, read("limit", limit).limit(1000));
    }

    @Test
    void withoutALimitAPageHoldsTheDefault() {
        assertEquals(QueryParameters.DEFAULT_LIMIT, QueryParameters.read(Map.of(), List.of("limit")).limit(1000));
        assertEquals(50, QueryParameters.read(Map.of(), List.of("limit")).limit(50));
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "000", "-1", "+5", "1.5", "1e3", "ten", "", "0x10", "\u0661"})
    void aLimitThatIsNoWholeNumberFromOneIsRefused(String limit) {
        ProblemException refusal = assertThrows(ProblemException.class, () -> read("limit", limit).limit(1000));

        assertEquals("Parameter limit must be a whole number from 1 to 1000.", refusal.getMessage());
    }

    @Test
    void aFlagIsTrueOrFalse() {
        assertTrue(read("bom", "true").flag("bom"));
        assertFalse(read("bom", "false").flag("bom"));
        assertFalse(QueryParameters.read(Map.of(), List.of("bom")).flag("bom"));
        ProblemException refusal = assertThrows(ProblemException.class, () -> read("bom", "yes").flag("bom"));
        assertEquals("Parameter bom must be true or false.", refusal.getMessage());
    }

    @Test
    void constantsAreCommaSeparatedAndEachMustBeKnown() {
        assertEquals(Optional.of(List.of(Colour.RED, Colour.GREEN)),
                read("colour", "RED, GREEN").constants(Colour.class, "colour"));
        ProblemException refusal = assertThrows(ProblemException.class,
                () -> read("colour", "RED,BLUE").constants(Colour.class, "colour"));
        assertEquals("Parameter colour has an unknown value; expected one of RED, GREEN.", refusal.getMessage());
    }

    @Test
    void datesIdsAndTextFollowTheirRules() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), read("from", "2026-03-01").date("from"));
        assertThrows(ProblemException.class, () -> read("from", "2026-02-30").date("from"));
        assertThrows(ProblemException.class, () -> read("from", "1850-01-01").date("from"));
        assertThrows(ProblemException.class, () -> read("organisation", "not-an-id").uuid("organisation"));
        assertEquals(Optional.of("Ridge"), read("q", "  Ridge ").nonEmpty("q"));
        ProblemException empty = assertThrows(ProblemException.class, () -> read("q", " ").nonEmpty("q"));
        assertEquals("Parameter q is empty.", empty.getMessage());
    }

    private static QueryParameters read(String name, String value) {
        return QueryParameters.read(query(name, value), List.of(name));
    }

    private static Map<String, List<String>> query(String name, String value) {
        return Map.of(name, List.of(value));
    }
}
