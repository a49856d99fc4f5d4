package org.cairn.fieldreport;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.cairn.support.FieldReports.newRecord;
import static org.cairn.support.FieldReports.report;
import static org.cairn.support.FieldReports.sha256;
import static org.cairn.support.FieldReports.withAttachment;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FieldReportAttachmentTest {

    private static final String REPORTS = "/api/v1/field-reports/";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL server;

    private static double lon = 120;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    /** A file of a kind by its first bytes, the rest random, to fill more than one chunk of storage. */
    private static byte[] file(byte[] kind, int size) {
        byte[] file = new byte[size];
        new Random(size).nextBytes(file);
        System.arraycopy(kind, 0, file, 0, kind.length);
        return file;
    }

    /** A submitted report of Alpha that announces one file. */
    private static String reportExpecting(String name, byte[] file) {
        lon += 0.05;
        Map<String, Object> report = withAttachment(report(Organisations.ALPHA,
                newRecord("HAZARD_AREA", hazard(uniqueName("Photographed"), square(lon, 66, 0.01)))), name, file);
        return as("field_surveyor").contentType("application/json").body(report).when().post(REPORTS.substring(0,
                REPORTS.length() - 1)).then().statusCode(201)
                .body("attachments[0].received", equalTo(false)).extract().path("reportId");
    }

    /** The status line of a PUT that declares a length and sends none of it: a limit must not wait for the body. */
    private String declaringLength(String path, long length) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream().write(("PUT " + path + " HTTP/1.1\r\n"
                    + "Host: " + server.getHost() + ":" + server.getPort() + "\r\n"
                    + "Authorization: Bearer " + Tokens.token("field_surveyor") + "\r\n"
                    + "Content-Type: application/pdf\r\n"
                    + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private String chunks() {
        return Database.single(dataSource, "SELECT count(*) || '/' || coalesce(sum(length(data)), 0) "
                + "FROM field_report_attachment_chunk");
    }

    @Test
    void aFileIsStreamedInCheckedAndStreamedOutWholeOrInPart() {
        byte[] photo = file(JPEG, Attachments.CHUNK * 2 + 1000);
        String id = reportExpecting("site.jpg", photo);
        String url = REPORTS + id + "/attachments/site.jpg";

        as("field_surveyor").contentType("image/jpeg").body(photo).when().put(url).then().statusCode(201)
                .header("ETag", equalTo("\"" + sha256(photo) + "\""));
        as("field_surveyor").when().get(REPORTS + id).then().body("attachments[0].received", equalTo(true))
                .body("attachments[0].mediaType", equalTo("image/jpeg"));

        byte[] read = as("data_manager").when().get(url).then().statusCode(200).contentType("image/jpeg")
                .header("ETag", equalTo("\"" + sha256(photo) + "\"")).extract().asByteArray();
        assertArrayEquals(photo, read);
        int from = Attachments.CHUNK - 10;
        byte[] part = as("data_manager").header("Range", "bytes=" + from + "-" + (Attachments.CHUNK + 9))
                .when().get(url).then().statusCode(206)
                .header("Content-Range", equalTo("bytes " + from + "-" + (Attachments.CHUNK + 9) + "/" + photo.length))
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(photo, from, Attachments.CHUNK + 10), part);
        byte[] tail = as("data_manager").header("Range", "bytes=-5").when().get(url).then().statusCode(206)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(photo, photo.length - 5, photo.length), tail);
        as("data_manager").header("Range", "bytes=" + photo.length + "-").when().get(url).then().statusCode(416);
        as("data_manager").header("If-None-Match", "\"" + sha256(photo) + "\"").when().get(url).then()
                .statusCode(304);

        String before = chunks();
        as("field_surveyor").contentType("image/jpeg").body(photo).when().put(url).then().statusCode(200);
        assertEquals(before, chunks());
    }

    @Test
    void aFileThatIsNotTheAnnouncedOneIsRefusedAndNothingIsKept() {
        byte[] sketch = file(PNG, 5000);
        String id = reportExpecting("sketch.png", sketch);
        String url = REPORTS + id + "/attachments/sketch.png";
        String before = chunks();

        byte[] other = sketch.clone();
        other[10]++;
        as("field_surveyor").contentType("image/png").body(other).when().put(url).then().statusCode(422)
                .contentType("application/problem+json");
        as("field_surveyor").contentType("image/png").body(file(PNG, 6000)).when().put(url).then().statusCode(422);
        as("field_surveyor").contentType("text/plain").body("not a picture").when().put(url).then().statusCode(415);
        as("field_surveyor").contentType("image/png").body(sketch).when().put(REPORTS + id + "/attachments/other.png")
                .then().statusCode(404);
        as("field_surveyor", Organisations.BRAVO).contentType("image/png").body(sketch).when().put(url).then()
                .statusCode(404);
        as("viewer").contentType("image/png").body(sketch).when().put(url).then().statusCode(403);
        as("data_manager").when().get(url).then().statusCode(404);
        assertEquals(before, chunks());
        as("field_surveyor").when().get(REPORTS + id).then().body("attachments[0].received", equalTo(false));
    }

    /**
     * A file is what its bytes are, not what its Content-Type says: a script in an SVG, or a page of
     * HTML called image/png, is refused, and what is kept is served as a download that no browser
     * sniffs or runs.
     */
    @Test
    void aFileIsTakenForWhatItsBytesAreAndServedAsADownload() throws IOException, InterruptedException {
        String before = chunks();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] html = "<!DOCTYPE html><html><script>fetch('/api/v1/casualties')</script></html>"
                .getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> refused : Map.of("image/svg+xml", svg, "image/png", html, "image/*", html)
                .entrySet()) {
            String id = reportExpecting("drawing.png", refused.getValue());
            as("field_surveyor").contentType(refused.getKey()).body(refused.getValue()).when()
                    .put(REPORTS + id + "/attachments/drawing.png").then().statusCode(415)
                    .contentType("application/problem+json");
        }
        assertEquals(before, chunks());

        byte[] pdf = file(PDF, 3000);
        String id = reportExpecting("certificate-signed.pdf", pdf);
        String url = REPORTS + id + "/attachments/certificate-signed.pdf";
        as("field_surveyor").contentType("image/png").body(pdf).when().put(url).then().statusCode(201);
        as("field_surveyor").when().get(REPORTS + id).then().body("attachments[0].mediaType",
                equalTo("application/pdf"));
        as("data_manager").when().get(url).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"certificate-signed.pdf\""))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("sandbox"));

        byte[] untyped = file(JPEG, 2000);
        String photo = reportExpecting("untyped.jpg", untyped);
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server
                        + REPORTS.substring(1) + photo + "/attachments/untyped.jpg"))
                .header("Authorization", "Bearer " + Tokens.token("field_surveyor"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(untyped)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, sent.statusCode(), "no Content-Type at all: " + sent.body());
        as("data_manager").when().get(REPORTS + photo + "/attachments/untyped.jpg").then().statusCode(200)
                .contentType("image/jpeg");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        byte[] certificate = file(PDF, 100);
        String id = reportExpecting("certificate.pdf", certificate);
        long limit = anonymous().when().get("/api/v1/limits").then().statusCode(200)
                .extract().jsonPath().getLong("maxAttachmentSize");
        assertEquals(25L * 1024 * 1024, limit);
        String before = chunks();
        assertEquals("HTTP/1.1 413 Request Entity Too Large", declaringLength(REPORTS + id
                + "/attachments/certificate.pdf", limit + 1));
        assertEquals(before, chunks());

        Map<String, Object> tooLarge = withAttachment(report(Organisations.ALPHA,
                newRecord("HAZARD_AREA", hazard(uniqueName("Huge"), square(lon += 0.05, 66, 0.01)))), "huge.pdf",
                certificate);
        @SuppressWarnings("unchecked")
        Map<String, Object> announced = ((List<Map<String, Object>>) tooLarge.get("attachments")).get(0);
        announced.put("size", limit + 1);
        as("field_surveyor").contentType("application/json").body(tooLarge).when()
                .post("/api/v1/field-reports").then().statusCode(422);
    }
}
