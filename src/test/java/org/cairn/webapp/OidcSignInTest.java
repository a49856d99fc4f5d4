package org.cairn.webapp;

import static org.cairn.support.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;

/**
 * Signing in with the authority's identity provider: the authorization code flow with PKCE from the
 * page, as a public client, against a provider on another origin that also serves the background map.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.WithIdentityProvider.class)
class OidcSignInTest {

    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String provider = IdentityProvider.running().issuer();
            return Map.of("cairn.web-app.oidc-issuer", provider,
                    "cairn.web-app.background-map", provider + "/tiles/{z}/{x}/{y}.png",
                    "cairn.web-app.background-map-attribution", "Tiles of the test provider");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void theSettingsNameTheProviderAndTheBackgroundMap() {
        String provider = IdentityProvider.running().issuer();
        anonymous().when().get("/app/settings").then().statusCode(200)
                .body("oidc.issuer", equalTo(provider))
                .body("oidc.clientId", equalTo("cairn-web"))
                .body("oidc.rolesClaim", equalTo("groups"))
                .body("backgroundMap.url", equalTo(provider + "/tiles/{z}/{x}/{y}.png"));
        String policy = anonymous().when().get("/").then().statusCode(200).extract().header("Content-Security-Policy");
        assertTrue(policy.contains("img-src 'self' data: blob: " + provider + ";"), policy);
        assertTrue(policy.contains("connect-src 'self' " + provider + ";"), policy);
    }

    @Test
    void aPersonSignsInWithTheProviderAndSeesTheMapOverTheBackground() {
        IdentityProvider provider = IdentityProvider.running();
        int verifiedBefore = provider.verifiedExchanges();
        try (Browser browser = Browser.start(1024, 768)) {
            browser.driver().get(root.toString());
            browser.await(Duration.ofSeconds(20), driver -> driver.findElements(By.cssSelector(".sign-in button"))
                    .stream().filter(button -> button.getText().contains("organisation account")).findFirst()
                    .orElse(null)).click();

            browser.await(Duration.ofSeconds(20), driver -> driver.findElement(By.id("views")).isDisplayed());
            browser.await(Duration.ofSeconds(20), driver -> provider.tilesServed() > 0);

            assertEquals(verifiedBefore + 1, provider.verifiedExchanges(), "the code was exchanged with its verifier");
            assertEquals("Data manager", browser.driver().findElement(By.cssSelector(".session .who")).getText());
            assertFalse(browser.driver().getCurrentUrl().contains("code="), "the code leaves the address");
            assertTrue(browser.driver().findElement(By.cssSelector("a[href='#review']")).isDisplayed());
            List<LogEntry> errors = browser.console().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertTrue(errors.isEmpty(), errors.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n")));
        }
    }
}
