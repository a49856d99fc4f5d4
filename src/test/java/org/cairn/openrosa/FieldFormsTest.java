package org.cairn.openrosa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairn.support.Collect;
import org.javarosa.core.model.Constants;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryPrompt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The forms as ODK Collect's engine reads them, without a server: every form loads in English and
 * French, every question takes an answer of its type, the records' own rules refuse what they
 * refuse, the XLSForm says what the XForm says, and a filled form maps to the records' JSON.
 */
class FieldFormsTest {

    static final Map<String, byte[]> MEDIA = Map.of(
            "ordnance.csv", csv("name,label", "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a10,PMN-2 (AP_MINE)"),
            "hazard-areas.csv", csv("name,label", "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a11,HA-000001 Ridge"),
            "activities.csv", csv("name,label", "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a12,AC-000001 Ridge clearance"));

    static List<FieldForm> forms() {
        return FieldForms.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyQuestionOfEveryFormTakesAnAnswerAsCollectGivesIt(FieldForm form) throws Exception {
        Collect.Filled filled = Collect.fill(XFormWriter.write(form, "1", null), MEDIA, 2, FieldFormsTest::valid);

        assertEquals(Map.of(), filled.refusals(), filled.text());
        filled.choices().forEach((question, values) -> assertFalse(values.isEmpty(), question + " has no choices"));
        Element instance = SubmissionXml.parse(filled.xml());
        assertEquals(form.id(), instance.getAttribute("id"));
        assertTrue(Answers.of(instance).one("meta").flatMap(meta -> meta.text("instanceID")).orElseThrow()
                .startsWith("uuid:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFieldARecordRequiresIsAskedOrFilledByTheReport(FieldForm form) {
        for (Section section : form.sections()) {
            Set<String> asked = new HashSet<>();
            section.asks().forEach(ask -> asked.add(ask.path()));
            for (String required : required(section.record(), "")) {
                assertTrue(asked.contains(required) || SubmissionMapping.FROM_THE_REPORT.contains(required),
                        form.id() + " neither asks nor fills " + required);
            }
        }
    }

    @Test
    void theRecordsRulesAreTheFormsConstraints() throws Exception {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        Collect.Filled filled = Collect.fill(XFormWriter.write(FieldForms.HAZARD_SURVEY, "1", null), MEDIA, 1,
                (prompt, repetition) -> switch (reference(prompt)) {
                    case "/data/report/dateOfInformation" -> tomorrow;
                    case "/data/hazard/beneficiaries_women" -> "-3";
                    case "/data/hazard/name" -> "x".repeat(201);
                    default -> valid(prompt, repetition);
                });

        assertEquals(Map.of("/data/report/dateOfInformation", FormEntryController.ANSWER_CONSTRAINT_VIOLATED,
                "/data/hazard/beneficiaries_women", FormEntryController.ANSWER_CONSTRAINT_VIOLATED,
                "/data/hazard/name", FormEntryController.ANSWER_CONSTRAINT_VIOLATED), without(filled.refusals(),
                        "validate:"));
    }

    @Test
    void aRequiredQuestionLeftEmptyStopsTheForm() throws Exception {
        Collect.Filled filled = Collect.fill(XFormWriter.write(FieldForms.HAZARD_SURVEY, "1", null), MEDIA, 0,
                (prompt, repetition) -> reference(prompt).equals("/data/hazard/classification") ? null
                        : valid(prompt, repetition));

        assertTrue(filled.refusals().keySet().stream().anyMatch(key -> key.startsWith("validate:")), filled.refusals()
                .toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theXlsFormAsksWhatTheXFormAsks(FieldForm form) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsFormWriter.write(form, "7",
                form.encrypted() ? "KEY" : null)))) {
            Sheet survey = workbook.getSheet("survey");
            Map<String, Integer> columns = header(survey.getRow(0));
            List<String> questions = new ArrayList<>();
            for (Row row : survey) {
                String type = text(row, columns.get("type"));
                if (row.getRowNum() > 0 && !type.startsWith("begin_") && !type.startsWith("end_")
                        && !type.equals("deviceid")) {
                    questions.add(text(row, columns.get("name")) + ":" + type.split(" ")[0] + ":"
                            + text(row, columns.get("required")));
                    assertFalse(text(row, columns.get("label::Français (fr)")).isBlank(), "a French label");
                }
            }
            List<String> expected = XFormWriter.leaves(FormTree.of(form)).stream().map(question -> question.name()
                    + ":" + question.type().xlsformType().split(" ")[0] + ":" + (question.required() ? "yes" : ""))
                    .toList();
            assertEquals(expected, questions);
            Row settings = workbook.getSheet("settings").getRow(1);
            assertEquals(form.id(), settings.getCell(1).getStringCellValue());
            assertEquals("7", settings.getCell(2).getStringCellValue());
            assertEquals(form.encrypted() ? "KEY" : "", settings.getCell(4).getStringCellValue());
        }
    }

    @Test
    void aFilledSurveyBecomesTheHazardAreaItsEndpointTakes() throws Exception {
        Collect.Filled filled = Collect.fill(XFormWriter.write(FieldForms.HAZARD_SURVEY, "1", null), MEDIA, 2,
                FieldFormsTest::valid);
        Answers answers = Answers.of(SubmissionXml.parse(filled.xml()));
        UUID instance = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();

        ObjectNode report = SubmissionMapping.report(FieldForms.HAZARD_SURVEY, answers, new SubmissionMapping.Context(
                instance, "1", organisation, "collect:tablet", Map.of(
                        "photo-1.jpg", new SubmissionMapping.File("ab".repeat(32), 10),
                        "photo-2.jpg", new SubmissionMapping.File("cd".repeat(32), 20))));

        assertEquals(instance.toString(), report.path("reportId").asText());
        JsonNode hazard = report.path("items").get(0).path("content");
        assertEquals("Feature", hazard.path("type").asText());
        JsonNode ring = hazard.path("geometry").path("coordinates").get(0);
        assertEquals("Polygon", hazard.path("geometry").path("type").asText());
        assertEquals(ring.get(0), ring.get(ring.size() - 1), "the ring is closed");
        assertEquals(33.0, ring.get(0).get(0).asDouble(), "longitude first");
        assertEquals(4, hazard.path("properties").path("beneficiaries").path("women").asInt());
        assertEquals(2, hazard.path("properties").path("surveyPoints").size());
        assertTrue(hazard.path("properties").path("contaminationTypes").isArray());
        assertEquals(organisation.toString(), hazard.path("properties").path("reportingOrganisationId").asText());
        assertEquals(List.of("photo-1.jpg", "photo-2.jpg"), report.path("attachments").findValuesAsText("name"));
    }

    /** A valid answer to every question, by its type, as a field team would give it. */
    static String valid(FormEntryPrompt prompt, int repetition) {
        String reference = reference(prompt);
        if (prompt.getSelectChoices() != null) {
            // A list from a media file may be empty (no ordnance model in the catalogue): left unanswered.
            return prompt.getSelectChoices().isEmpty() ? null : prompt.getSelectChoices().get(0).getValue();
        }
        return switch (prompt.getDataType()) {
            case Constants.DATATYPE_INTEGER -> reference.endsWith("ageAtAccident") ? "34" : "4";
            case Constants.DATATYPE_DECIMAL -> "2.5";
            case Constants.DATATYPE_DATE -> LocalDate.now().minusDays(1).toString();
            case Constants.DATATYPE_TIME -> "14:30:00.000+01:00";
            case Constants.DATATYPE_GEOPOINT -> (9.5 + repetition * 0.001) + " 33.1 210.0 4.0";
            case Constants.DATATYPE_GEOSHAPE -> "9.5 33.0 0 0;9.5 33.01 0 0;9.51 33.01 0 0;9.5 33.0 0 0";
            case Constants.DATATYPE_BINARY -> "photo-" + (repetition + 1) + ".jpg";
            default -> reference.endsWith("reporter") ? "Team leader 2" : "Text " + reference;
        };
    }

    /** The paths of the fields a record's endpoint requires, into its properties and the lists it holds. */
    private static List<String> required(Class<?> record, String prefix) {
        List<String> required = new ArrayList<>();
        for (Field field : record.getFields()) {
            String path = prefix + field.getName();
            // An object of Cairn's own other than the properties (an audience) is asked field by field.
            boolean asParts = !field.getName().equals("properties") && !field.getType().isEnum()
                    && field.getType().getName().startsWith("org.cairn");
            if ((field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)) && !asParts) {
                required.add(path);
            }
            if (field.getName().equals("properties") || asParts) {
                required.addAll(required(field.getType(), path + "."));
            } else if (List.class.isAssignableFrom(field.getType())
                    && field.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.getName().startsWith("org.cairn")) {
                required.addAll(required(element, path + "[]."));
            }
        }
        return required;
    }

    static String reference(FormEntryPrompt prompt) {
        return prompt.getQuestion().getBind().getReference().toString();
    }

    private static Map<String, Integer> without(Map<String, Integer> refusals, String prefix) {
        Map<String, Integer> kept = new HashMap<>(refusals);
        kept.keySet().removeIf(key -> key.startsWith(prefix));
        return kept;
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        row.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }

    private static String text(Row row, Integer column) {
        return column == null || row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
