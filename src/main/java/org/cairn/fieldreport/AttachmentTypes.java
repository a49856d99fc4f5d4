package org.cairn.fieldreport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a field report may carry, told by their first bytes, never by what the client
 * says they are: photos (JPEG, PNG, WebP, HEIC and HEIF, as phones take them; TIFF, GIF) and PDF
 * documents. SVG and HTML are not among them: a browser would run their scripts.
 */
public final class AttachmentTypes {

    public static final String NAMES = "JPEG, PNG, WebP, HEIC, HEIF, TIFF, GIF or PDF";
    private static final String PDF = "application/pdf";
    private static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "image/webp", "image/heic",
            "image/heif", "image/tiff", "image/gif", PDF);
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx");
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1", "heif");

    private AttachmentTypes() {
    }

    /** The media type the file's first bytes show, if it is one Cairn takes. */
    public static Optional<String> sniff(byte[] head) {
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (text(head, 0, "RIFF") && text(head, 8, "WEBP")) {
            return Optional.of("image/webp");
        }
        if (text(head, 4, "ftyp") && head.length >= 12) {
            String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
            return HEIC_BRANDS.contains(brand) ? Optional.of("image/heic")
                    : HEIF_BRANDS.contains(brand) ? Optional.of("image/heif") : Optional.empty();
        }
        if (starts(head, 'I', 'I', 42, 0) || starts(head, 'M', 'M', 0, 42)) {
            return Optional.of("image/tiff");
        }
        if (text(head, 0, "GIF87a") || text(head, 0, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (text(head, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** The type a stored file is served as: what was found, or plain bytes for one stored before files were sniffed. */
    static String served(String stored) {
        return ALLOWED.contains(stored) ? stored : "application/octet-stream";
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(byte[] head, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return head.length >= offset + expected.length
                && Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
    }
}
