package org.cairn.openrosa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * A field form as Cairn serves it: its XForm and the version both carry, the hash OpenRosa's form
 * list gives (by which devices know to download it again) and the media lists it chooses from. The version is a digest
 * of the form itself, so it changes exactly when the form does (a field, a choice, a label, the
 * key), and a submission made on an older form is told apart.
 */
record ServedForm(FieldForm form, String version, String xform, String md5, Set<String> lists, String publicKey) {

    /** The form with everything derived from it, made once: forms change only with the code. */
    static ServedForm of(FieldForm form, String publicKey) {
        String version = sha256(XFormWriter.write(form, "", publicKey)).substring(0, 12);
        String xform = XFormWriter.write(form, version, publicKey);
        return new ServedForm(form, version, xform, md5(xform.getBytes(StandardCharsets.UTF_8)),
                XFormWriter.lists(form), publicKey);
    }

    String id() {
        return form.id();
    }

    String title() {
        return titleOf(form);
    }

    static String titleOf(FieldForm form) {
        return Labels.LANGUAGES.get(0).label("form." + form.id(), null);
    }

    byte[] xlsform() {
        return XlsFormWriter.write(form, version, publicKey);
    }

    static String md5(byte[] bytes) {
        return "md5:" + digest("MD5", bytes);
    }

    private static String sha256(String text) {
        return digest("SHA-256", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
