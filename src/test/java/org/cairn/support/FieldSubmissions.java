package org.cairn.support;

import static org.cairn.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The smallest valid hazard survey, as a field app sends it (an XForm instance of the form's
 * current version) and as KoboToolbox forwards it (JSON keyed by the questions' paths).
 */
public final class FieldSubmissions {

    private static final String FORM = "cairn-hazard-survey";

    private FieldSubmissions() {
    }

    public static byte[] hazardSurvey(int sample) {
        String version = as("admin").when().get("/api/v1/field-forms").then().statusCode(200).extract()
                .path("items.find { it.id == '" + FORM + "' }.version");
        Map<String, String> answers = answers(sample);
        return ("<data id=\"" + FORM + "\" version=\"" + version + "\"><report><dateOfInformation>"
                + answers.get("report/dateOfInformation") + "</dateOfInformation><reporter>Matrix</reporter></report>"
                + "<hazard><name>" + answers.get("hazard/name") + "</name><classification>SHA</classification>"
                + "<geometry>" + answers.get("hazard/geometry") + "</geometry><evidence>INDIRECT</evidence></hazard>"
                + "<meta><instanceID>" + answers.get("meta/instanceID") + "</instanceID></meta></data>")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static Map<String, String> koboHazardSurvey(int sample) {
        Map<String, String> answers = answers(sample);
        answers.put("_uuid", answers.get("meta/instanceID").substring("uuid:".length()));
        return answers;
    }

    /** A square far from every other test's records, so that no overlap warning depends on them. */
    private static Map<String, String> answers(int sample) {
        double west = -120 + sample * 0.01;
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("report/dateOfInformation", LocalDate.now().minusDays(1).toString());
        answers.put("report/reporter", "Matrix");
        answers.put("hazard/name", "Field app sample " + sample);
        answers.put("hazard/classification", "SHA");
        answers.put("hazard/geometry", "-50 " + west + " 0 0;-50 " + (west + 0.005) + " 0 0;-49.995 " + (west + 0.005)
                + " 0 0;-50 " + west + " 0 0");
        answers.put("hazard/evidence", "INDIRECT");
        answers.put("meta/instanceID", "uuid:" + UUID.randomUUID());
        return answers;
    }
}
