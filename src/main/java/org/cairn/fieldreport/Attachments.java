package org.cairn.fieldreport;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.cairn.config.CairnConfig;
import org.cairn.db.Clock;
import org.cairn.feature.ServerCursor;
import org.cairn.feature.SqlStatement;
import org.cairn.security.Caller;
import org.cairn.validation.FieldError;
import org.cairn.web.BoundedInputStream;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * The files a field report sends after it, kept in the database in chunks: a file is written
 * chunk by chunk as it arrives and read chunk by chunk as it leaves, never whole in memory.
 */
@ApplicationScoped
public class Attachments {

    /** Large enough for few rows, small enough that a chunk in memory does not matter. */
    static final int CHUNK = 256 * 1024;

    private final FieldReportService reports;
    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final long maxSize;

    Attachments(FieldReportService reports, AgroalDataSource dataSource, Caller caller, CairnConfig config) {
        this.reports = reports;
        this.dataSource = dataSource;
        this.caller = caller;
        this.maxSize = config.limits().maxAttachmentSize().asLongValue();
    }

    /** An attachment as a report lists it; {@code mediaType} once it was received. */
    record Attachment(String name, String sha256, long size, String mediaType) {

        boolean received() {
            return mediaType != null;
        }
    }

    /** Records the files a report expects; joins the report's transaction. */
    static void expect(UUID reportId, List<ExpectedAttachment> expected) {
        for (ExpectedAttachment attachment : expected) {
            Panache.getEntityManager().createNativeQuery("INSERT INTO field_report_attachment (report_id, name, "
                            + "sha256, size_bytes) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, reportId).setParameter(2, attachment.name).setParameter(3, attachment.sha256)
                    .setParameter(4, attachment.size).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Attachment> of(UUID reportId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT name, sha256, size_bytes, "
                + "media_type FROM field_report_attachment WHERE report_id = ?1 ORDER BY name")
                .setParameter(1, reportId).getResultList();
        return rows.stream().map(row -> new Attachment((String) row[0], (String) row[1],
                ((Number) row[2]).longValue(), (String) row[3])).toList();
    }

    /**
     * Stores the file sent for an expected attachment, checking its size and hash as it streams
     * in; true when it was stored now, false when the same file had been received before.
     */
    @Transactional
    public boolean receive(UUID reportId, String name, InputStream body) {
        reports.visible(reportId);
        Attachment expected = lockExpected(reportId, name);
        MessageDigest sha256 = sha256();
        long size = 0;
        int seq = 0;
        String mediaType = null;
        try (InputStream in = new BoundedInputStream(body, maxSize)) {
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK)).length > 0) {
                if (mediaType == null) {
                    mediaType = AttachmentTypes.sniff(chunk).orElseThrow(() -> new ProblemException(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file is not a " + AttachmentTypes.NAMES
                            + " file, by its first bytes, whatever its Content-Type says."));
                }
                sha256.update(chunk);
                size += chunk.length;
                if (size > expected.size()) {
                    throw mismatch(name, "is larger than the " + expected.size() + " bytes the report announced");
                }
                if (!expected.received()) {
                    writeChunk(reportId, name, seq++, chunk);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (mediaType == null) {
            throw mismatch(name, "is empty");
        }
        String hash = HexFormat.of().formatHex(sha256.digest());
        if (size != expected.size() || !hash.equals(expected.sha256())) {
            throw mismatch(name, "has " + size + " bytes and SHA-256 " + hash + "; the report announced "
                    + expected.size() + " bytes and " + expected.sha256());
        }
        if (expected.received()) {
            return false;
        }
        Panache.getEntityManager().createNativeQuery("UPDATE field_report_attachment SET media_type = ?1, "
                        + "received_at = ?2, received_by = ?3 WHERE report_id = ?4 AND name = ?5")
                .setParameter(1, mediaType).setParameter(2, Timestamp.from(Clock.now()))
                .setParameter(3, caller.subject()).setParameter(4, reportId).setParameter(5, name).executeUpdate();
        return true;
    }

    /** A received attachment of a report the caller may see. */
    @Transactional
    public Attachment received(UUID reportId, String name) {
        reports.visible(reportId);
        return of(reportId).stream().filter(attachment -> attachment.name().equals(name) && attachment.received())
                .findFirst().orElseThrow(() -> ProblemException.notFound("received attachment", name));
    }

    /**
     * Writes bytes {@code first} to {@code last} of a received file: one query for the chunks the
     * range covers, read from a server-side cursor one chunk at a time.
     */
    public void copy(UUID reportId, String name, long first, long last, OutputStream out) throws IOException {
        SqlStatement chunks = new SqlStatement().append("SELECT seq, data FROM field_report_attachment_chunk "
                + "WHERE report_id = ? AND name = ? AND seq BETWEEN ? AND ? ORDER BY seq", reportId, name,
                (int) (first / CHUNK), (int) (last / CHUNK));
        try {
            ServerCursor.stream(dataSource, chunks, 1, rows -> {
                long position = first - first % CHUNK;
                for (int seq = (int) (first / CHUNK); position <= last; seq++) {
                    if (!rows.next() || rows.getInt(1) != seq) {
                        throw new IOException("Chunk " + seq + " of attachment " + name + " is missing.");
                    }
                    byte[] chunk = rows.getBytes(2);
                    int from = (int) Math.max(0, first - position);
                    int to = (int) Math.min(chunk.length, last - position + 1);
                    out.write(chunk, from, to - from);
                    position += chunk.length;
                }
            });
        } catch (SQLException e) {
            throw new IOException("Reading attachment " + name + " failed", e);
        }
    }

    private Attachment lockExpected(UUID reportId, String name) {
        EntityManager entities = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("SELECT name, sha256, size_bytes, media_type FROM "
                        + "field_report_attachment WHERE report_id = ?1 AND name = ?2 FOR UPDATE")
                .setParameter(1, reportId).setParameter(2, name).getResultList();
        return rows.stream().findFirst().map(row -> new Attachment((String) row[0], (String) row[1],
                        ((Number) row[2]).longValue(), (String) row[3]))
                .orElseThrow(() -> ProblemException.notFound("expected attachment", name));
    }

    private static void writeChunk(UUID reportId, String name, int seq, byte[] data) {
        Panache.getEntityManager().createNativeQuery("INSERT INTO field_report_attachment_chunk (report_id, name, "
                        + "seq, data) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, reportId).setParameter(2, name).setParameter(3, seq).setParameter(4, data)
                .executeUpdate();
    }

    private static ProblemException mismatch(String name, String detail) {
        return ProblemException.invalid(List.of(new FieldError(Names.shown(name), "the file " + detail)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
