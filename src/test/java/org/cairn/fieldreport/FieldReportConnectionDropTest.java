package org.cairn.fieldreport;

import static org.cairn.support.Api.as;
import static org.cairn.support.FieldReports.newRecord;
import static org.cairn.support.FieldReports.report;
import static org.cairn.support.Features.hazard;
import static org.cairn.support.Features.square;
import static org.cairn.support.Features.uniqueName;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cairn.support.Database;
import org.cairn.support.Organisations;
import org.cairn.support.Tokens;
import org.junit.jupiter.api.Test;

/** A device whose connection drops once its report is sent, and which sends it again, makes one report. */
@QuarkusTest
class FieldReportConnectionDropTest {

    @TestHTTPResource("/")
    URL server;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Test
    void aRetryAfterADroppedConnectionGetsTheStoredReportAndNoDuplicate() throws Exception {
        Map<String, Object> item = newRecord("HAZARD_AREA", hazard(uniqueName("Dropped"), square(130, 64, 0.01)));
        Map<String, Object> report = report(Organisations.ALPHA, item);
        byte[] body = mapper.writeValueAsBytes(report);

        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/field-reports HTTP/1.1\r\n"
                    + "Host: " + server.getHost() + ":" + server.getPort() + "\r\n"
                    + "Authorization: Bearer " + Tokens.token("field_surveyor") + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // Closed before a byte of the answer is read: the device never learns what happened.
        }

        as("field_surveyor").contentType("application/json").body(report).when().post("/api/v1/field-reports")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .body("reportId", equalTo(report.get("reportId")))
                .body("items[0].outcome", equalTo("ACCEPTED"));
        as("field_surveyor").contentType("application/json").body(report).when().post("/api/v1/field-reports")
                .then().statusCode(200);

        assertEquals("1", Database.single(dataSource, "SELECT count(*) FROM field_report WHERE id = ?::uuid",
                report.get("reportId")));
        assertEquals("1", Database.single(dataSource, "SELECT count(*) FROM field_report_item WHERE id = ?::uuid",
                item.get("id")));
    }
}
