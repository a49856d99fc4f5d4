package org.cairn.openrosa;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens an encrypted submission (ODK form encryption), as ODK Collect makes it: the envelope names
 * a fresh AES key encrypted with the form's public RSA key (OAEP, SHA-256), the encrypted files
 * (media, then the instance itself), and a signature over them. Each file is AES/CFB, its IV made
 * from the MD5 of the instance id and the key, one byte stepped for each file in turn. A file that
 * does not open, or a signature that does not match, refuses the whole submission.
 */
final class Envelope {

    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1",
            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    /** The opened submission: the instance's XML and the media files, by their names without {@code .enc}. */
    record Opened(byte[] xml, Map<String, Part> media) {
    }

    private Envelope() {
    }

    static Opened open(Answers envelope, String formId, String version, Map<String, Part> files, PrivateKey key) {
        String encryptedKey = envelope.text("base64EncryptedKey").orElseThrow(() -> refused("it names no key"));
        String instanceId = envelope.one("meta").flatMap(meta -> meta.text("instanceID"))
                .orElseThrow(() -> refused("it names no instanceID"));
        List<String> names = new ArrayList<>();
        // Collect writes a media element for each file, in the order it encrypted them.
        envelope.all("media").forEach(media -> media.all("file").forEach(file -> file.value().ifPresent(names::add)));
        names.add(envelope.text("encryptedXmlFile").orElseThrow(() -> refused("it names no encrypted instance")));
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.DECRYPT_MODE, key, OAEP);
            byte[] aesKey = rsa.doFinal(Base64.getDecoder().decode(encryptedKey));
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(instanceId.getBytes(StandardCharsets.UTF_8));
            md5.update(aesKey);
            byte[] iv = Arrays.copyOf(md5.digest(), 16);
            StringBuilder signed = new StringBuilder(formId + "\n" + version + "\n" + encryptedKey + "\n" + instanceId
                    + "\n");
            Map<String, byte[]> opened = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Part part = files.get(name);
                if (part == null || !name.endsWith(".enc")) {
                    throw refused("encrypted file " + i + " was not sent");
                }
                iv[i % iv.length]++;
                Cipher aes = Cipher.getInstance("AES/CFB/PKCS5Padding");
                aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(iv));
                byte[] plain = aes.doFinal(part.bytes());
                String plainName = name.substring(0, name.length() - ".enc".length());
                signed.append(plainName).append("::").append(md5Hex(plain)).append('\n');
                opened.put(plainName, plain);
            }
            byte[] signature = rsa.doFinal(Base64.getDecoder().decode(envelope.text("base64EncryptedElementSignature")
                    .orElseThrow(() -> refused("it is not signed"))));
            byte[] expected = MessageDigest.getInstance("MD5").digest(signed.toString().getBytes(StandardCharsets.UTF_8));
            if (!MessageDigest.isEqual(signature, expected)) {
                throw refused("its signature does not match what it holds");
            }
            Map<String, Part> media = new LinkedHashMap<>();
            opened.forEach((name, bytes) -> media.put(name, Part.of(bytes)));
            byte[] xml = opened.remove(names.get(names.size() - 1).replaceFirst("\\.enc$", ""));
            media.remove(names.get(names.size() - 1).replaceFirst("\\.enc$", ""));
            return new Opened(xml, media);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw refused("it does not decrypt with Cairn's form key");
        }
    }

    /** The MD5 as ODK writes it in signatures: lower-case hexadecimal, 32 digits. */
    private static String md5Hex(byte[] bytes) throws GeneralSecurityException {
        return String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest(bytes)));
    }

    private static RuntimeException refused(String reason) {
        return SubmissionMapping.refused("the encrypted submission cannot be opened: " + reason);
    }
}
