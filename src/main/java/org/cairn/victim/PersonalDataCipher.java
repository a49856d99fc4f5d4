package org.cairn.victim;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.cairn.config.CairnConfig;

/**
 * Seals personal data with AES-256-GCM. The casualty's id is bound in as associated data, so a
 * sealed record copied onto another casualty does not open. The key comes from a file named in the
 * configuration; the service refuses to start without a readable 256-bit key.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sealed document and how to open it again. */
    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    private final Path keyFile;
    private SecretKey key;
    private String keyId;

    PersonalDataCipher(CairnConfig config) {
        this.keyFile = Path.of(config.personalData().keyFile());
    }

    void load(@Observes StartupEvent start) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The personal data key " + keyFile + " cannot be read. Set "
                    + "CAIRN_PERSONAL_DATA_KEY_FILE to a file holding a base64 AES-256 key, or run scripts/run once "
                    + "to create the development key.", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("The personal data key " + keyFile + " must hold 32 bytes (AES-256), not "
                    + raw.length);
        }
        key = new SecretKeySpec(raw, "AES");
        keyId = fingerprint(raw);
    }

    public Sealed seal(UUID casualtyId, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(casualtyId.toString().getBytes(StandardCharsets.US_ASCII));
            return new Sealed(keyId, nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    public byte[] open(UUID casualtyId, Sealed sealed) {
        if (!keyId.equals(sealed.keyId())) {
            throw new IllegalStateException("Personal data of casualty " + casualtyId + " was sealed with key "
                    + sealed.keyId() + ", which this service does not hold");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            cipher.updateAAD(casualtyId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data of casualty " + casualtyId + " does not open", e);
        }
    }

    /** Names a key without revealing it. */
    private static String fingerprint(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
