package org.cairn.openrosa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file of a submission, read as often as needed: from the upload on disk, so that a photo is
 * never held whole in memory on the common path, or from bytes (a part kept from an earlier
 * request, a decrypted file).
 */
interface Part {

    InputStream open() throws IOException;

    static Part of(Path file) {
        return () -> Files.newInputStream(file);
    }

    static Part of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    default byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its SHA-256 and size, read as a stream. */
    default SubmissionMapping.File describe() {
        try (InputStream in = open()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int read; (read = in.read(buffer)) > 0; size += read) {
                sha256.update(buffer, 0, read);
            }
            return new SubmissionMapping.File(HexFormat.of().formatHex(sha256.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
