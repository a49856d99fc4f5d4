package org.cairn.openrosa;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * The settings ODK Collect imports from a QR code (Project > Scan QR code): JSON with the
 * {@code general} and {@code admin} objects Collect requires, deflated with zlib and base64-encoded,
 * as Collect's own QR codes are. Forms on the device follow the server's exactly, and filled forms
 * are sent as soon as there is a network.
 */
final class CollectSettings {

    private static final int QR_SIZE = 400;

    private CollectSettings() {
    }

    static ObjectNode of(String serverUrl, String name) {
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        settings.putObject("general").put("server_url", serverUrl).put("form_update_mode", "match_exactly")
                .put("autosend", "wifi_and_cellular");
        settings.putObject("admin");
        settings.putObject("project").put("name", "Cairn: " + name);
        return settings;
    }

    static String encode(ObjectNode settings) {
        Deflater deflater = new Deflater();
        deflater.setInput(settings.toString().getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(compressed.toByteArray());
    }

    /** The QR code of the settings as a PNG data URL, for a page or an e-mail to show. */
    static String qrCode(ObjectNode settings) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(encode(settings), BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("The settings do not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
