package org.cairn.sealing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The master keys, from the file CAIRN_PERSONAL_DATA_KEY_FILE names: one base64 AES-256 key a line
 * (blank lines and lines starting with # aside). The first seals; every one opens, so that a new
 * key can be put first while data keys sealed with the old one are sealed again ({@link DataKeys#reseal}).
 * A master key seals data keys only, never data. Each key is named by a fingerprint that does
 * not reveal it.
 */
public final class MasterKeys {

    private final Map<String, SecretKey> keys;
    private final String current;

    private MasterKeys(Map<String, SecretKey> keys) {
        this.keys = keys;
        this.current = keys.keySet().iterator().next();
    }

    /** The keys in the file; the service refuses to start without at least one readable 256-bit key. */
    public static MasterKeys load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw unusable(file, "cannot be read", e);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            String value = line.trim();
            if (value.isEmpty() || value.startsWith("#")) {
                continue;
            }
            try {
                byte[] raw = Base64.getDecoder().decode(value);
                keys.put(fingerprint(raw), Aes.key(raw));
            } catch (IllegalArgumentException e) {
                throw unusable(file, "line " + number + " is not a base64 AES-256 key (32 bytes)", e);
            }
        }
        if (keys.isEmpty()) {
            throw unusable(file, "holds no key", null);
        }
        return new MasterKeys(keys);
    }

    /** The fingerprint of the key that seals. */
    public String current() {
        return current;
    }

    byte[] seal(byte[] plaintext, byte[] associatedData) {
        return Aes.seal(keys.get(current), plaintext, associatedData);
    }

    /** The plaintext of what the named master key sealed; empty when this service does not hold that key. */
    Optional<byte[]> open(String keyId, byte[] sealed, byte[] associatedData) throws GeneralSecurityException {
        SecretKey key = keys.get(keyId);
        return key == null ? Optional.empty() : Optional.of(Aes.open(key, sealed, associatedData));
    }

    private static String fingerprint(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static IllegalStateException unusable(Path file, String why, Exception cause) {
        return new IllegalStateException("The personal data key file " + file + " " + why + ". Set "
                + "CAIRN_PERSONAL_DATA_KEY_FILE to a file holding base64 AES-256 keys, one a line, or run scripts/run "
                + "once to create the development key.", cause);
    }
}
