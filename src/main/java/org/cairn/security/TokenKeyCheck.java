package org.cairn.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start when the key that verifies bearer tokens is a file that is not there: without
 * it no one could sign in, and every request would fail long after the real mistake.
 */
@ApplicationScoped
class TokenKeyCheck {

    private final String location;

    TokenKeyCheck(@ConfigProperty(name = "mp.jwt.verify.publickey.location") String location) {
        this.location = location;
    }

    void check(@Observes StartupEvent start) {
        boolean remote = location.matches("(?i)^(https?|classpath):.*");
        String file = location.startsWith("file:") ? location.substring("file:".length()) : location;
        if (!remote && !Files.isReadable(Path.of(file))) {
            throw new IllegalStateException("The token verification key " + location + " cannot be read. Set "
                    + "CAIRN_JWT_PUBLIC_KEY to the PEM file or JWKS URL of your identity provider, or run "
                    + "scripts/token once to create the development key pair.");
        }
    }
}
