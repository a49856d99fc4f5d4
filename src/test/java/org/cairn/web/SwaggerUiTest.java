package org.cairn.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.cairn.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/** Swagger UI, in a real browser, shows both API definitions, the REST API's and the OGC API's. */
@QuarkusTest
class SwaggerUiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    @Test
    void bothDefinitionsOpenWithoutAnError() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.driver().get(swaggerUi.toString());
            browser.await(WAIT, driver -> title(driver).contains("Cairn API"));
            assertTrue(browser.driver().findElements(By.cssSelector(".opblock")).size() > 50, "operations listed");

            new Select(browser.driver().findElement(By.cssSelector(".topbar select"))).selectByVisibleText("ogc");
            browser.await(WAIT, driver -> title(driver).contains("OGC API"));
            browser.await(WAIT, driver -> driver.findElements(By.cssSelector(".opblock")).size() > 10);

            assertTrue(browser.driver().findElements(By.cssSelector(".errors-wrapper")).isEmpty(),
                    "Swagger UI found no fault in either definition");
            List<LogEntry> errors = browser.console().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertTrue(errors.isEmpty(), errors.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n")));
        }
    }

    private static String title(WebDriver driver) {
        return driver.findElements(By.cssSelector(".information-container .title")).stream()
                .map(element -> element.getText()).findFirst().orElse("");
    }
}
