package org.cairn.openrosa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a field form as an XLSForm workbook, for authors who keep their forms in KoboToolbox or
 * Survey123 Connect: the same questions, choices, constraints and labels as the XForm, so that a
 * submission from either comes back to Cairn under the same names.
 */
final class XlsFormWriter {

    private static final List<String> SURVEY = columns("type", "name", "label", "required", "constraint",
            "constraint_message", "default");

    private XlsFormWriter() {
    }

    static byte[] write(FieldForm form, String version, String publicKey) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet survey = sheet(workbook, "survey", SURVEY);
            Sheet choices = sheet(workbook, "choices", columns("list_name", "name", "label"));
            Set<String> lists = new LinkedHashSet<>();
            for (FormNode node : FormTree.of(form)) {
                survey(node, survey, choices, lists);
            }
            row(survey, List.of("deviceid", "deviceID"));
            Sheet settings = sheet(workbook, "settings", List.of("form_title", "form_id", "version",
                    "default_language", "public_key"));
            row(settings, List.of(Labels.LANGUAGES.get(0).label("form." + form.id(), null), form.id(), version,
                    Labels.LANGUAGES.get(0).name(), publicKey == null ? "" : publicKey));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A column for each language where the column is a label, as XLSForm names them: {@code label::English (en)}. */
    private static List<String> columns(String... names) {
        List<String> columns = new ArrayList<>();
        for (String name : names) {
            if (name.equals("label") || name.equals("constraint_message")) {
                Labels.LANGUAGES.forEach(language -> columns.add(name + "::" + language.name()));
            } else {
                columns.add(name);
            }
        }
        return columns;
    }

    private static void survey(FormNode node, Sheet survey, Sheet choices, Set<String> lists) {
        survey(node, "", survey, choices, lists);
    }

    private static void survey(FormNode node, String keyPrefix, Sheet survey, Sheet choices, Set<String> lists) {
        String key = keyPrefix.isEmpty() ? node.name() : keyPrefix + "." + node.name();
        if (node instanceof FormNode.Group group) {
            String kind = group.repeated() ? "repeat" : "group";
            List<String> begin = new ArrayList<>(List.of("begin_" + kind, group.name()));
            Labels.LANGUAGES.forEach(language -> begin.add(language.label(group.label(), null)));
            row(survey, begin);
            for (FormNode child : group.children()) {
                survey(child, key, survey, choices, lists);
            }
            row(survey, List.of("end_" + kind));
            return;
        }
        Question question = ((FormNode.Leaf) node).question();
        List<String> cells = new ArrayList<>();
        cells.add(type(question));
        cells.add(question.name());
        Labels.LANGUAGES.forEach(language -> cells.add(language.label(key, null)));
        cells.add(question.required() ? "yes" : "");
        Question.Constraint constraint = question.constraint();
        cells.add(constraint == null ? "" : constraint.xpath());
        Labels.LANGUAGES.forEach(language -> cells.add(constraint == null ? ""
                : language.label(constraint.message(), constraint.argument())));
        cells.add(key.equals(FormTree.REPORT + ".dateOfInformation") ? "today()" : "");
        row(survey, cells);
        if (question.type().choices() && lists.add(question.choiceList())) {
            for (String choice : question.choices()) {
                List<String> choiceCells = new ArrayList<>(List.of(question.choiceList(), choice));
                Labels.LANGUAGES.forEach(language -> choiceCells.add(language.label(question.choiceList() + "."
                        + choice, null)));
                row(choices, choiceCells);
            }
        }
    }

    private static String type(Question question) {
        return switch (question.type()) {
            case YES_NO, SELECT_ONE, SELECT_MULTIPLE -> question.type().xlsformType() + " "
                    + question.choiceList();
            case SELECT_FROM_FILE -> question.type().xlsformType() + " " + question.choiceList() + ".csv";
            default -> question.type().xlsformType();
        };
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> header) {
        Sheet sheet = workbook.createSheet(name);
        row(sheet, header);
        return sheet;
    }

    private static void row(Sheet sheet, List<String> cells) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
