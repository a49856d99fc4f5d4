package org.cairn.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * ODK Collect's form encryption, as its EncryptionUtils does it: a fresh AES key encrypted with the
 * form's public RSA key (OAEP with SHA-256 and MGF1-SHA-256, what Collect's BouncyCastle
 * "RSA/NONE/OAEPWithSHA256AndMGF1Padding" is), each media file then the instance AES/CFB with an IV
 * stepped from the MD5 of the instance id and the key, and the envelope with its signature.
 */
public final class CollectEncryption {

    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);

    /** What Collect posts: the envelope as xml_submission_file, and the encrypted files by name. */
    public record Encrypted(byte[] envelope, Map<String, byte[]> files) {
    }

    private CollectEncryption() {
    }

    public static Encrypted encrypt(String formId, String version, String instanceId, String base64PublicKey,
            byte[] instance, Map<String, byte[]> media) throws Exception {
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(base64PublicKey)));
        byte[] aesKey = new byte[32];
        new SecureRandom().nextBytes(aesKey);
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.ENCRYPT_MODE, key, OAEP);
        String encryptedKey = Base64.getEncoder().encodeToString(rsa.doFinal(aesKey));
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(instanceId.getBytes(StandardCharsets.UTF_8));
        md5.update(aesKey);
        byte[] iv = Arrays.copyOf(md5.digest(), 16);
        StringBuilder signed = new StringBuilder(formId + "\n" + version + "\n" + encryptedKey + "\n" + instanceId
                + "\n");
        Map<String, byte[]> plain = new LinkedHashMap<>(media);
        plain.put("submission.xml", instance);
        Map<String, byte[]> files = new LinkedHashMap<>();
        int counter = 0;
        for (Map.Entry<String, byte[]> file : plain.entrySet()) {
            signed.append(file.getKey()).append("::").append(md5Hex(file.getValue())).append('\n');
            iv[counter % iv.length]++;
            counter++;
            Cipher aes = Cipher.getInstance("AES/CFB/PKCS5Padding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(iv));
            ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
            try (CipherOutputStream out = new CipherOutputStream(encrypted, aes)) {
                out.write(file.getValue());
            }
            files.put(file.getKey() + ".enc", encrypted.toByteArray());
        }
        String signature = Base64.getEncoder().encodeToString(rsa.doFinal(MessageDigest.getInstance("MD5")
                .digest(signed.toString().getBytes(StandardCharsets.UTF_8))));
        StringBuilder envelope = new StringBuilder("<data xmlns=\"http://www.opendatakit.org/xforms/encrypted\" id=\""
                + formId + "\" version=\"" + version + "\" encrypted=\"yes\"><base64EncryptedKey>" + encryptedKey
                + "</base64EncryptedKey><orx:meta xmlns:orx=\"http://openrosa.org/xforms\"><orx:instanceID>"
                + instanceId + "</orx:instanceID></orx:meta>");
        for (String name : media.keySet()) {
            envelope.append("<media><file>").append(name).append(".enc</file></media>");
        }
        envelope.append("<encryptedXmlFile>submission.xml.enc</encryptedXmlFile><base64EncryptedElementSignature>")
                .append(signature).append("</base64EncryptedElementSignature></data>");
        return new Encrypted(envelope.toString().getBytes(StandardCharsets.UTF_8), files);
    }

    private static String md5Hex(byte[] bytes) throws Exception {
        return String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest(bytes)));
    }
}
