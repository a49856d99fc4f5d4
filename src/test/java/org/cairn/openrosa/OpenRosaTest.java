package org.cairn.openrosa;

import static org.cairn.support.Api.anonymous;
import static org.cairn.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.cairn.support.Collect;
import org.cairn.support.CollectEncryption;
import org.cairn.support.Features;
import org.cairn.support.Organisations;
import org.cairn.support.Records;
import org.junit.jupiter.api.Test;

/**
 * A field device as ODK Collect is one: an administrator issues its credential, it lists and
 * downloads the forms and their media, JavaRosa (Collect's engine) fills each form, and the device
 * submits it as Collect does (HEAD, then multipart POSTs, again after a timeout); the submission
 * is a field report. What a device must not send is refused as OpenRosa clients expect, and shown
 * to data managers.
 */
@QuarkusTest
class OpenRosaTest {

    private static final byte[] JPEG = jpeg(3000);

    @Test
    void aCredentialCarriesWhatCollectNeedsToSetItselfUp() throws Exception {
        Map<String, Object> credential = credential("ALPHA tablet 1");

        String settings = inflate(Base64.getDecoder().decode((String) credential.get("collectSettings")));
        assertTrue(settings.contains("\"server_url\":\"" + credential.get("keyServerUrl") + "\""), settings);
        assertTrue(settings.contains("\"admin\":{}"), settings);
        String qr = (String) credential.get("qrCode");
        assertTrue(qr.startsWith("data:image/png;base64,"));
        assertEquals(400, ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                qr.substring("data:image/png;base64,".length())))).getWidth());
        assertTrue(((String) credential.get("keyServerUrl")).endsWith("/openrosa/key/" + credential.get("password")));
    }

    @Test
    void aDeviceFillsEveryFormAndSubmitsItAsCollectDoes() throws Exception {
        // A hazard area of the device's organisation, for the device finding form to choose.
        Records.hazardArea(Features.hazard(Features.uniqueName("Collect ridge"), Features.square(33.1, 9.5, 0.01)));
        Map<String, Object> credential = credential("ALPHA tablet 2");
        String server = (String) credential.get("serverUrl");

        anonymous().when().get(server + "/formList?deviceID=collect:abc").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic realm="));
        XmlPath list = device(credential).when().get(server + "/formList?deviceID=collect:abc").then()
                .statusCode(200).contentType(containsString("text/xml")).header("X-OpenRosa-Version", "1.0")
                .extract().xmlPath();
        // The monitoring visit form is for quality managers' devices only.
        assertEquals(List.of("cairn-hazard-survey", "cairn-device-finding", "cairn-accident", "cairn-eore-session"),
                list.getList("xforms.xform.formID"));
        for (String form : List.of("cairn-hazard-survey", "cairn-device-finding", "cairn-eore-session")) {
            Downloaded downloaded = download(device(credential), list, form);
            Collect.Filled filled = Collect.fill(downloaded.xform(), downloaded.media(), 2,
                    (prompt, repetition) -> FieldFormsTest.reference(prompt).endsWith("activityId") ? null
                            : FieldFormsTest.valid(prompt, repetition));
            assertEquals(Map.of(), filled.refusals(), form);
            String instance = instanceId(filled);

            device(credential).when().head(server + "/submission?deviceID=collect:abc").then().statusCode(204)
                    .header("X-OpenRosa-Accept-Content-Length", "26214400");
            submit(device(credential), server, filled.xml(), photos(2), false).then().statusCode(201)
                    .contentType(containsString("text/xml")).body("OpenRosaResponse.message", startsWith("Received"));
            // Collect timed out and sends it all again: the same report.
            submit(device(credential), server, filled.xml(), photos(2), false).then().statusCode(202);

            as("data_manager").when().get("/api/v1/field-reports/" + instance).then().statusCode(200)
                    .body("formName", equalTo(ServedForm.titleOf(FieldForms.find(form).orElseThrow())))
                    .body("reportingOrganisationId", equalTo(Organisations.ALPHA))
                    .body("device", equalTo("collect:cairn-test-tablet"))
                    .body("items.outcome", equalTo(List.of("ACCEPTED")))
                    .body("attachments", hasSize(2))
                    .body("attachments.mediaType", equalTo(List.of("image/jpeg", "image/jpeg")));
        }
    }

    @Test
    void anInspectorsDeviceReportsAMonitoringVisitThatADataManagerApproves() throws Exception {
        Records.activity(Features.activity(Features.uniqueName("Collect visited"), "CLEARANCE", Organisations.ALPHA,
                Records.hazardArea(Features.hazard(Features.uniqueName("Collect visited"),
                        Features.square(33.2, 9.5, 0.01)))));
        Map<String, Object> credential = as("admin").contentType("application/json").body(Map.of("name",
                "Inspector tablet", "organisation", Organisations.AUTHORITY, "role", "quality_manager"))
                .when().post("/api/v1/device-credentials").then().statusCode(201).extract().jsonPath().getMap("");
        String server = (String) credential.get("serverUrl");
        XmlPath list = formList(credential);
        assertTrue(list.getList("xforms.xform.formID").contains("cairn-monitoring-visit"));

        Downloaded downloaded = download(device(credential), list, "cairn-monitoring-visit");
        Collect.Filled filled = Collect.fill(downloaded.xform(), downloaded.media(), 2, FieldFormsTest::valid);
        assertEquals(Map.of(), filled.refusals());
        String instance = instanceId(filled);
        submit(device(credential), server, filled.xml(), photos(2), false).then().statusCode(201);

        as("data_manager").contentType("application/json").body(Map.of("decisions", List.of()))
                .when().post("/api/v1/field-reports/" + instance + "/approval").then().statusCode(200)
                .body("items.outcome", equalTo(List.of("APPLIED")));
        String visit = as("data_manager").when().get("/api/v1/field-reports/" + instance).then().statusCode(200)
                .extract().path("items[0].recordId");
        as("quality_manager").when().get("/api/v1/monitoring-visits/" + visit).then().statusCode(200)
                .body("properties.checklist", hasSize(2))
                .body("properties.findings", hasSize(2))
                .body("properties.reportingOrganisationId", equalTo(Organisations.AUTHORITY));

        // The authority's field surveyors see the report of their organisation, but not the visit in it.
        as("field_surveyor", Organisations.AUTHORITY).when().get("/api/v1/field-reports/" + instance).then()
                .statusCode(200).body("items[0].contentWithheld", equalTo(true))
                .body("items[0].content", nullValue());
        // A field team's device is offered no such form, and a report of a visit from it is refused.
        Map<String, Object> surveyor = credential("ALPHA tablet 9");
        assertFalse(formList(surveyor).getList("xforms.xform.formID").contains("cairn-monitoring-visit"));
        refused(surveyor, Collect.fill(downloaded.xform(), downloaded.media(), 1, FieldFormsTest::valid).xml(),
                photos(1), 403, "quality managers");
        as("admin").contentType("application/json").body(Map.of("name", "Odd tablet", "organisation",
                Organisations.ALPHA, "role", "admin")).when().post("/api/v1/device-credentials").then()
                .statusCode(422).body("errors.field", equalTo(List.of("role")));
    }

    @Test
    void aServerUrlThatCarriesTheKeyNeedsNoPasswordAndKeepsTheKeyInItsLinks() {
        Map<String, Object> credential = credential("ALPHA tablet 3");
        String keyServer = (String) credential.get("keyServerUrl");

        XmlPath list = anonymous().when().get(keyServer + "/formList?deviceID=collect:abc").then().statusCode(200)
                .extract().xmlPath();
        for (String url : list.getList("xforms.xform.downloadUrl", String.class)) {
            assertTrue(url.startsWith(keyServer + "/forms/"), url);
            anonymous().when().get(url + "?deviceID=collect:abc").then().statusCode(200);
        }
        String manifest = list.getString("xforms.xform.find { it.formID == 'cairn-device-finding' }.manifestUrl");
        anonymous().when().get(manifest).then().statusCode(200)
                .body("manifest.mediaFile.downloadUrl", hasItem(startsWith(keyServer + "/forms/")));
    }

    @Test
    void aLargeSubmissionComesInSeveralRequests() throws Exception {
        Map<String, Object> credential = credential("ALPHA tablet 4");
        String server = (String) credential.get("serverUrl");
        Downloaded downloaded = download(device(credential), formList(credential), "cairn-hazard-survey");
        Collect.Filled filled = Collect.fill(downloaded.xform(), downloaded.media(), 2, FieldFormsTest::valid);
        Map<String, byte[]> photos = photos(2);

        submit(device(credential), server, filled.xml(), Map.of("photo-1.jpg", photos.get("photo-1.jpg")), true)
                .then().statusCode(201).body("OpenRosaResponse.message", startsWith("Part received"));
        as("data_manager").when().get("/api/v1/field-reports/" + instanceId(filled)).then().statusCode(404);
        submit(device(credential), server, filled.xml(), Map.of("photo-2.jpg", photos.get("photo-2.jpg")), false)
                .then().statusCode(201);

        as("data_manager").when().get("/api/v1/field-reports/" + instanceId(filled)).then().statusCode(200)
                .body("attachments.name", equalTo(List.of("photo-1.jpg", "photo-2.jpg")))
                .body("attachments.mediaType", equalTo(List.of("image/jpeg", "image/jpeg")));
    }

    @Test
    void anAccidentIsSentEncryptedAndOpensOnlyInCairn() throws Exception {
        Map<String, Object> credential = credential("ALPHA tablet 5");
        String server = (String) credential.get("serverUrl");
        XmlPath list = formList(credential);
        Downloaded downloaded = download(device(credential), list, "cairn-accident");
        Matcher key = Pattern.compile("base64RsaPublicKey=\"([^\"]+)\"").matcher(downloaded.xform());
        assertTrue(key.find(), "the form carries the key devices encrypt with");
        Collect.Filled filled = Collect.fill(downloaded.xform(), downloaded.media(), 2, FieldFormsTest::valid);
        String version = list.getString("xforms.xform.find { it.formID == 'cairn-accident' }.version");
        CollectEncryption.Encrypted sent = CollectEncryption.encrypt("cairn-accident", version,
                "uuid:" + instanceId(filled), key.group(1), filled.xml(), photos(2));

        submit(device(credential), server, filled.xml(), photos(2), false).then().statusCode(400)
                .body("OpenRosaResponse.message", containsString("sent encrypted"));
        submit(device(credential), server, sent.envelope(), sent.files(), false).then().statusCode(201);

        as("admin").when().get("/api/v1/field-reports/" + instanceId(filled)).then().statusCode(200)
                .body("items.kind", equalTo(List.of("ACCIDENT", "CASUALTY", "CASUALTY")))
                .body("items.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED", "ACCEPTED")))
                .body("items[1].content.accidentId", equalTo(as("admin").when().get("/api/v1/field-reports/"
                        + instanceId(filled)).then().extract().path("items[0].id")))
                .body("attachments", hasSize(2));
    }

    @Test
    void whatADeviceMustNotSendIsRefusedStoresNothingAndDataManagersSeeIt() throws Exception {
        Map<String, Object> credential = credential("ALPHA tablet 6");
        String server = (String) credential.get("serverUrl");
        Downloaded downloaded = download(device(credential), formList(credential), "cairn-hazard-survey");
        Collect.Filled filled = Collect.fill(downloaded.xform(), downloaded.media(), 1, FieldFormsTest::valid);
        String xml = filled.text();
        String instance = instanceId(filled);
        Map<String, byte[]> photo = photos(1);

        refused(credential, "<data id=\"cairn-hazard-survey\"><unclosed>".getBytes(), photo, 400, "not well formed");
        refused(credential, bytes(xml.replace("id=\"cairn-hazard-survey\"", "id=\"someone-elses\"")), photo, 404,
                "does not serve");
        refused(credential, bytes(xml.replaceFirst("version=\"[^\"]+\"", "version=\"0\"")), photo, 409,
                "another version");
        refused(credential, bytes(xml.replaceFirst("<instanceID>[^<]+</instanceID>", "")), photo, 400, "instanceID");
        refused(credential, bytes(xml), Map.of(), 400, "was not sent");
        refused(credential, bytes(xml), Map.of("photo-1.jpg", JPEG, "extra.jpg", JPEG), 400, "no answer names");
        refused(credential, bytes(xml), Map.of("photo-1.jpg", "not a photo".repeat(50).getBytes()), 415, "");
        device(Map.of("username", "ALPHA tablet 6", "password", "cairn_wrong")).when()
                .head(server + "/submission").then().statusCode(401);

        as("data_manager").when().get("/api/v1/field-reports/" + instance).then().statusCode(404);
        String mine = "items.findAll { it.receivedBy == 'api-key:ALPHA tablet 6' }";
        as("data_manager").when().get("/api/v1/field-forms/refused-submissions?limit=1000").then().statusCode(200)
                .body(mine + ".status", equalTo(List.of(415, 400, 400, 400, 409, 404, 400)))
                .body(mine + "[0].instanceId", equalTo("uuid:" + instance))
                .body(mine + "[0].organisationId", equalTo(Organisations.ALPHA));
        as("field_surveyor").when().get("/api/v1/field-forms/refused-submissions").then().statusCode(403);
    }

    @Test
    void kobotoolboxForwardsASubmissionOfAFormItsAuthorsDeployed() throws Exception {
        Map<String, Object> credential = credential("ALPHA Kobo hook");
        Downloaded downloaded = download(device(credential), formList(credential), "cairn-hazard-survey");
        Collect.Filled filled = Collect.fill(downloaded.xform(), downloaded.media(), 2, FieldFormsTest::valid);
        Map<String, Object> kobo = KoboJson.of(FieldForms.HAZARD_SURVEY, filled.xml());

        device(credential).contentType("application/json").body(kobo).when()
                .post("/openrosa/kobo/cairn-hazard-survey").then().statusCode(201);
        device(credential).contentType("application/json").body(kobo).when()
                .post("/openrosa/kobo/cairn-hazard-survey").then().statusCode(200);
        device(credential).contentType("application/json").body(kobo).when()
                .post("/openrosa/kobo/cairn-accident").then().statusCode(400);

        as("data_manager").when().get("/api/v1/field-reports/" + instanceId(filled)).then().statusCode(200)
                .body("device", equalTo("kobotoolbox")).body("items.outcome", equalTo(List.of("ACCEPTED")))
                .body("attachments", hasSize(0));
    }

    @Test
    void aRevokedCredentialOpensNothing() {
        Map<String, Object> credential = credential("ALPHA tablet lost");
        String server = (String) credential.get("serverUrl");
        device(credential).when().get(server + "/formList").then().statusCode(200);

        as("admin").when().delete("/api/v1/api-keys/" + credential.get("id")).then().statusCode(204);

        device(credential).when().get(server + "/formList").then().statusCode(401);
        anonymous().when().get(credential.get("keyServerUrl") + "/formList").then().statusCode(401);
    }

    @Test
    void formAuthorsGetEachFormAsAnXlsForm() {
        String xlsform = as("viewer").when().get("/api/v1/field-forms").then().statusCode(200)
                .body("items.id", hasItem("cairn-accident"))
                .body("items.find { it.id == 'cairn-accident' }.encrypted", equalTo(true))
                .extract().path("items[0].xlsform");

        byte[] workbook = as("viewer").when().get(xlsform).then().statusCode(200)
                .contentType(FieldFormResource.XLSX).extract().asByteArray();
        assertEquals("PK", new String(Arrays.copyOf(workbook, 2), StandardCharsets.US_ASCII));
    }

    /** A form downloaded from its list entry, with its media, checking the hashes the list and manifest give. */
    record Downloaded(String xform, Map<String, byte[]> media) {
    }

    private static Downloaded download(RequestSpecification device, XmlPath list, String form) throws Exception {
        String entry = "xforms.xform.find { it.formID == '" + form + "' }";
        byte[] xform = device.when().get(list.getString(entry + ".downloadUrl") + "?deviceID=collect:abc").then()
                .statusCode(200).extract().asByteArray();
        assertEquals(list.getString(entry + ".hash"), ServedForm.md5(xform));
        Map<String, byte[]> media = new LinkedHashMap<>();
        String manifestUrl = list.getString(entry + ".manifestUrl");
        if (manifestUrl != null && !manifestUrl.isEmpty()) {
            XmlPath manifest = device.when().get(manifestUrl + "?deviceID=collect:abc").then().statusCode(200)
                    .contentType(containsString("text/xml")).extract().xmlPath();
            for (String name : manifest.getList("manifest.mediaFile.filename", String.class)) {
                String file = "manifest.mediaFile.find { it.filename == '" + name + "' }";
                byte[] bytes = device.when().get(manifest.getString(file + ".downloadUrl")).then().statusCode(200)
                        .extract().asByteArray();
                assertEquals(manifest.getString(file + ".hash"), ServedForm.md5(bytes));
                media.put(name, bytes);
            }
        }
        return new Downloaded(new String(xform, StandardCharsets.UTF_8), media);
    }

    private static void refused(Map<String, Object> credential, byte[] xml, Map<String, byte[]> files, int status,
            String reason) {
        submit(device(credential), (String) credential.get("serverUrl"), xml, files, false).then().statusCode(status)
                .contentType(containsString("text/xml")).body("OpenRosaResponse.message.@nature", equalTo("error"))
                .body("OpenRosaResponse.message", containsString(reason));
    }

    private static Response submit(RequestSpecification device, String server, byte[] xml, Map<String, byte[]> files,
            boolean incomplete) {
        RequestSpecification request = device.multiPart("xml_submission_file", "submission.xml", xml, "text/xml");
        files.forEach((name, bytes) -> request.multiPart(name, name, bytes, "image/jpeg"));
        if (incomplete) {
            request.multiPart("*isIncomplete*", "yes");
        }
        return request.when().post(server + "/submission?deviceID=collect:abc");
    }

    private static Map<String, Object> credential(String name) {
        ExtractableResponse<Response> issued = as("admin").contentType("application/json")
                .body(Map.of("name", name, "organisation", Organisations.ALPHA))
                .when().post("/api/v1/device-credentials").then().statusCode(201)
                .header("Cache-Control", containsString("no-store")).extract();
        return issued.jsonPath().getMap("");
    }

    private static RequestSpecification device(Map<String, Object> credential) {
        return anonymous().auth().preemptive().basic((String) credential.get("username"),
                (String) credential.get("password"));
    }

    private static XmlPath formList(Map<String, Object> credential) {
        return device(credential).when().get(credential.get("serverUrl") + "/formList").then().statusCode(200)
                .extract().xmlPath();
    }

    private static String instanceId(Collect.Filled filled) {
        Matcher id = Pattern.compile("<instanceID>uuid:([^<]+)</instanceID>").matcher(filled.text());
        assertTrue(id.find(), filled.text());
        return id.group(1);
    }

    private static Map<String, byte[]> photos(int count) {
        Map<String, byte[]> photos = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            photos.put("photo-" + i + ".jpg", jpeg(2000 + i));
        }
        return photos;
    }

    private static byte[] jpeg(int size) {
        byte[] jpeg = new byte[size];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        jpeg[3] = (byte) 0xE0;
        return jpeg;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String inflate(byte[] compressed) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
