package org.cairn.fieldreport;

import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.cairn.support.FieldReports;
import org.cairn.support.Organisations;
import org.cairn.support.PackagedService;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 20 MB attachment goes in and comes back out of the packaged service started with a 48 MB
 * heap: it can only pass if the file streams, since holding it whole (and a copy) would not fit.
 * Runs after the other tests, on the test database they leave behind.
 */
class SmallHeapAttachmentIT {

    private static final long SIZE = 20L * 1024 * 1024;

    private static PackagedService service;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTheServiceWithASmallHeap() throws Exception {
        // The schema and the test organisations are there already, from the tests before this one.
        service = PackagedService.start("small-heap-service", "48m", Map.of("QUARKUS_FLYWAY_MIGRATE_AT_START", "false"));
        service.awaitReady();
        base = service.base();
    }

    @AfterAll
    static void stopTheService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void twentyMegabytesStreamInAndOut() throws Exception {
        String sha256 = digest(file());
        Map<String, Object> report = Map.of(
                "reportId", UUID.randomUUID().toString(),
                "reportNumber", "ALPHA-HA-20261128-HEAP",
                "formName", "Non-technical survey",
                "formVersion", "3.2",
                "reporter", "Team leader 2",
                "reportingOrganisationId", Organisations.ALPHA,
                "dateOfInformation", "2026-11-28",
                "device", "tablet-17",
                "items", List.of(FieldReports.newRecord("HAZARD_AREA",
                        hazard(uniqueName("Mapped"), square(121.0, 67.0, 0.01)))),
                "attachments", List.of(Map.of("name", "map.pdf", "sha256", sha256, "size", SIZE)));
        HttpResponse<String> submitted = HTTP.send(request("/api/v1/field-reports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(report))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, submitted.statusCode(), submitted.body());
        String attachment = "/api/v1/field-reports/" + report.get("reportId") + "/attachments/map.pdf";

        HttpResponse<String> stored = HTTP.send(request(attachment).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        SmallHeapAttachmentIT::file), SIZE)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, stored.statusCode(), stored.body());
        HttpResponse<InputStream> fetched = HTTP.send(request(attachment).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, fetched.statusCode());
        assertEquals(sha256, digest(fetched.body()));

        assertTrue(service.isAlive());
        assertFalse(Files.readString(service.log()).contains("OutOfMemoryError"), "the heap held the file");
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + Tokens.token("field_surveyor"));
    }

    /** The same 20 MB every time, a PDF by its first bytes, made as it is read rather than held. */
    private static InputStream file() {
        Random random = new Random(20);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long left = SIZE;

            @Override
            public int read() {
                return left > 0 ? next() : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int count = (int) Math.min(length, left);
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = (byte) next();
                }
                return count;
            }

            private int next() {
                long position = SIZE - left--;
                return position < header.length ? header[(int) position] : random.nextInt(256);
            }
        };
    }

    private static String digest(InputStream stream) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream in = new DigestInputStream(stream, sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
