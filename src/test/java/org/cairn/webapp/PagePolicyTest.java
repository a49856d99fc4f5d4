package org.cairn.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.cairn.config.CairnConfig;
import org.junit.jupiter.api.Test;

class PagePolicyTest {

    private static CairnConfig.WebApp settings(String backgroundMap, String issuer) {
        return new CairnConfig.WebApp() {
            @Override
            public Optional<String> backgroundMap() {
                return Optional.ofNullable(backgroundMap);
            }

            @Override
            public Optional<String> backgroundMapLayer() {
                return Optional.empty();
            }

            @Override
            public Optional<String> backgroundMapAttribution() {
                return Optional.empty();
            }

            @Override
            public Optional<String> oidcIssuer() {
                return Optional.ofNullable(issuer);
            }

            @Override
            public String oidcClientId() {
                return "cairn-web";
            }

            @Override
            public Optional<String> developmentSignInKey() {
                return Optional.empty();
            }
        };
    }

    @Test
    void withNothingConfiguredEverythingComesFromCairn() {
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
                PagePolicy.policy(settings(null, null)));
    }

    @Test
    void theBackgroundMapsServerMayServeImagesAndTheIdentityProviderBeAsked() {
        String policy = PagePolicy.policy(settings("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png",
                "https://id.example.org/realms/kalara"));

        assertTrue(policy.contains("img-src 'self' data: blob: https://tiles.example.org:8443;"), policy);
        assertTrue(policy.contains("connect-src 'self' https://id.example.org;"), policy);
        assertTrue(policy.contains("form-action 'self' https://id.example.org;"), policy);
        assertFalse(policy.contains("realms"), policy);
    }

    @Test
    void aWmtsServiceIsAlsoAskedForItsCapabilities() {
        String policy = PagePolicy.policy(settings("https://wmts.example.org/1.0.0/WMTSCapabilities.xml", null));

        assertTrue(policy.contains("img-src 'self' data: blob: https://wmts.example.org;"), policy);
        assertTrue(policy.contains("connect-src 'self' https://wmts.example.org;"), policy);
    }

    @Test
    void aSettingThatIsNoUrlOpensNothing() {
        String policy = PagePolicy.policy(settings("tiles/{z}/{x}/{y}.png", "not a url at all"));

        assertEquals(PagePolicy.policy(settings(null, null)), policy);
    }
}
