package org.cairn.web;

import static org.cairn.support.Api.as;
import static org.cairn.support.FieldReports.newRecord;
import static org.cairn.support.FieldReports.report;
import static org.cairn.support.FieldReports.withAttachment;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An answer that fails after it began must look failed to the client, never like a valid shorter
 * one: the database goes away while a file streams out, and the client gets fewer bytes than the
 * answer declared before the connection closes; a JSON document Cairn was writing is left open.
 */
@QuarkusTest
class BrokenStreamTest {

    /** Far more than the socket's buffers hold, so that the answer is still being read when the database goes. */
    private static final int SIZE = 16 * 1024 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @TestHTTPResource("/")
    URL server;

    @Test
    void aFileCutOffByTheDatabaseEndsShortOfItsLengthForTheClient() throws Exception {
        byte[] photo = new byte[SIZE];
        new Random(16).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        Map<String, Object> announcing = withAttachment(report(Organisations.ALPHA, newRecord("HAZARD_AREA",
                hazard(uniqueName("Large photo"), square(-40.0, -60.0, 0.01)))), "large.jpg", photo);
        String id = as("field_surveyor").contentType("application/json").body(announcing).when()
                .post("/api/v1/field-reports").then().statusCode(201).extract().path("reportId");
        as("field_surveyor").contentType("image/jpeg").body(photo).when()
                .put("/api/v1/field-reports/" + id + "/attachments/large.jpg").then().statusCode(201);

        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream().write(("GET /api/v1/field-reports/" + id + "/attachments/large.jpg HTTP/1.1\r\n"
                    + "Host: " + server.getHost() + "\r\nAuthorization: Bearer " + Tokens.token("data_manager")
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String head = head(in);
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            assertTrue(head.contains("content-length: " + SIZE), head);
            terminateTheConnectionReadingChunks();
            long received = in.transferTo(OutputStream.nullOutputStream());
            assertTrue(received < SIZE, "the connection closed after " + received + " of " + SIZE + " bytes");
        }
        String log = Files.readString(Path.of("target", "quarkus-test.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("failed after it began and was cut off"), "the failure is logged as one");
    }

    @Test
    void aJsonDocumentLeftUnfinishedIsNotFinishedForIt() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (JsonGenerator json = mapper.getFactory().createGenerator(written)) {
            json.writeStartObject();
            json.writeArrayFieldStart("features");
        }
        String document = written.toString(StandardCharsets.UTF_8);
        assertEquals("{\"features\":[", document);
        assertFalse(document.endsWith("]}"));
    }

    /** The status line and headers, lower case, read byte by byte so that nothing of the body is taken. */
    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return head.toString().toLowerCase().replace("http/1.1", "HTTP/1.1");
    }

    /** The download reads a chunk a fetch, in a transaction of its own: the one connection idle in one. */
    private void terminateTheConnectionReadingChunks() throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            String terminated = Database.single(dataSource, "SELECT count(pg_terminate_backend(pid)) FROM "
                    + "pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    + "AND state = 'idle in transaction' AND query LIKE '%field_report_attachment_chunk%'");
            if (!"0".equals(terminated)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the download never held its cursor open");
    }
}
