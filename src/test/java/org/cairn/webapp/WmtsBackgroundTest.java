package org.cairn.webapp;

import static org.cairn.support.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.cairn.support.Browser;
import org.cairn.support.IdentityProvider;
import org.cairn.support.Organisations;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/** A WMTS background map, read from its capabilities on another origin, drawn under Cairn's layers. */
@QuarkusTest
@TestProfile(WmtsBackgroundTest.WithWmts.class)
class WmtsBackgroundTest {

    public static class WithWmts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cairn.web-app.background-map", IdentityProvider.running().wmtsCapabilities(),
                    "cairn.web-app.background-map-layer", "base",
                    "cairn.web-app.background-map-attribution", "Test WMTS");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void theMapDrawsTheWmtsLayerTheAuthorityNamed() {
        anonymous().when().get("/app/settings").then().statusCode(200)
                .body("backgroundMap.kind", equalTo("wmts"))
                .body("backgroundMap.layer", equalTo("base"));
        IdentityProvider provider = IdentityProvider.running();
        int before = provider.wmtsTilesServed();
        try (Browser browser = Browser.start(1024, 768)) {
            browser.driver().get(root.toString());
            browser.await(Duration.ofSeconds(20), driver -> driver.findElement(By.id("sign-in-role")).isDisplayed());
            new Select(browser.driver().findElement(By.id("sign-in-role"))).selectByValue("viewer");
            new Select(browser.driver().findElement(By.id("sign-in-organisation"))).selectByValue(Organisations.ALPHA);
            browser.driver().findElement(By.id("sign-in-submit")).click();

            browser.await(Duration.ofSeconds(20), driver -> provider.wmtsTilesServed() > before);
            assertTrue(browser.driver().findElement(By.cssSelector(".ol-attribution")).getAttribute("textContent")
                    .contains("Test WMTS"));
            List<LogEntry> errors = browser.console().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertTrue(errors.isEmpty(), errors.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n")));
        }
    }
}
