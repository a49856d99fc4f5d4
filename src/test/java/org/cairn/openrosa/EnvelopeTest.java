package org.cairn.openrosa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cairn.support.CollectEncryption;
import org.cairn.web.ProblemException;
import org.junit.jupiter.api.Test;

/** An encrypted submission as ODK Collect makes it opens with the form's private key, and only then. */
class EnvelopeTest {

    private static final String INSTANCE = "uuid:5b9cf8d1-106f-4004-844f-c072d76762ed";
    private static final byte[] XML = ("<data id=\"cairn-accident\" version=\"7\"><meta><instanceID>" + INSTANCE
            + "</instanceID></meta></data>").getBytes(StandardCharsets.UTF_8);

    private final KeyPair key = generate();
    private final byte[] photo = "a photo of the place".repeat(300).getBytes(StandardCharsets.UTF_8);

    @Test
    void anEncryptedSubmissionOpensWithTheFormsKey() throws Exception {
        CollectEncryption.Encrypted sent = encrypt(key);

        Envelope.Opened opened = Envelope.open(envelope(sent), "cairn-accident", "7", parts(sent), key.getPrivate());

        assertArrayEquals(XML, opened.xml());
        assertArrayEquals(photo, opened.media().get("photo-1.jpg").bytes());
        assertEquals(1, opened.media().size());
    }

    @Test
    void anotherKeyATamperedFileOrAnotherFormDoNotOpen() throws Exception {
        CollectEncryption.Encrypted sent = encrypt(generate());
        CollectEncryption.Encrypted ours = encrypt(key);
        Map<String, Part> tampered = parts(ours);
        byte[] file = ours.files().get("photo-1.jpg.enc").clone();
        file[20] ^= 1;
        tampered.put("photo-1.jpg.enc", Part.of(file));

        ProblemException otherKey = assertThrows(ProblemException.class, () -> Envelope.open(envelope(sent),
                "cairn-accident", "7", parts(sent), key.getPrivate()));
        assertThrows(ProblemException.class, () -> Envelope.open(envelope(ours), "cairn-accident", "7", tampered,
                key.getPrivate()));
        assertThrows(ProblemException.class, () -> Envelope.open(envelope(ours), "cairn-hazard-survey", "7",
                parts(ours), key.getPrivate()));
        assertEquals(400, otherKey.problem().status);
    }

    @Test
    void aFileTheEnvelopeNamesMustBeSent() throws Exception {
        CollectEncryption.Encrypted sent = encrypt(key);
        Map<String, Part> parts = parts(sent);
        parts.remove("photo-1.jpg.enc");

        assertThrows(ProblemException.class, () -> Envelope.open(envelope(sent), "cairn-accident", "7", parts,
                key.getPrivate()));
    }

    private CollectEncryption.Encrypted encrypt(KeyPair pair) throws Exception {
        return CollectEncryption.encrypt("cairn-accident", "7", INSTANCE, Base64.getEncoder().encodeToString(
                pair.getPublic().getEncoded()), XML, Map.of("photo-1.jpg", photo));
    }

    private static Answers envelope(CollectEncryption.Encrypted sent) {
        return Answers.of(SubmissionXml.parse(sent.envelope()));
    }

    private static Map<String, Part> parts(CollectEncryption.Encrypted sent) {
        Map<String, Part> parts = new LinkedHashMap<>();
        sent.files().forEach((name, bytes) -> parts.put(name, Part.of(bytes)));
        return parts;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
