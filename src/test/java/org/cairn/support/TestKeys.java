package org.cairn.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates a token signing key pair and a personal data key for the tests before the first test
 * starts the service, which reads them (application.properties, profile test). Nothing secret is
 * ever committed.
 */
public class TestKeys implements LauncherSessionListener {

    static final Path DIRECTORY = Path.of("target", "test-keys");
    static final Path PRIVATE_KEY = DIRECTORY.resolve("private.pem");
    static final Path PERSONAL_DATA_KEY = DIRECTORY.resolve("personal-data.key");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Files.exists(PRIVATE_KEY) && Files.exists(PERSONAL_DATA_KEY)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(DIRECTORY);
            write(DIRECTORY.resolve("public.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
            write(PRIVATE_KEY, "PRIVATE KEY", pair.getPrivate().getEncoded());
            byte[] aes = new byte[32];
            new SecureRandom().nextBytes(aes);
            Files.writeString(PERSONAL_DATA_KEY, Base64.getEncoder().encodeToString(aes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String kind, byte[] der) throws IOException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + kind + "-----\n" + base64 + "\n-----END " + kind + "-----\n");
    }
}
