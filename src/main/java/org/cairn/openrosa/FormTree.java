package org.cairn.openrosa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.fieldreport.FieldReportData;

/**
 * The questions of a form in the order they are asked: the report's own (its date of information
 * and reporter), a group for each section, with the lists of a record (survey points) as repeats
 * inside it, and the photos the report carries as attachments.
 */
final class FormTree {

    static final String REPORT = "report";
    static final String PHOTOS = "photos";
    static final String PHOTO = "photo";

    private FormTree() {
    }

    static List<FormNode> of(FieldForm form) {
        List<FormNode> nodes = new ArrayList<>();
        nodes.add(new FormNode.Group(REPORT, "group." + REPORT, false, List.of(
                leaf(FieldReportData.class, Ask.field("dateOfInformation")),
                leaf(FieldReportData.class, Ask.field("reporter")))));
        for (Section section : form.sections()) {
            nodes.add(new FormNode.Group(section.name(), "group." + section.name(), section.repeated(),
                    children(section)));
        }
        nodes.add(new FormNode.Group(PHOTOS, "group." + PHOTOS, true, List.of(new FormNode.Leaf(new Question(PHOTO,
                PHOTO, QuestionType.IMAGE, false, List.of(), null, null)))));
        return nodes;
    }

    /** The questions of a section; the asks under one list ({@code surveyPoints[]}) make one repeat. */
    private static List<FormNode> children(Section section) {
        List<FormNode> children = new ArrayList<>();
        Map<String, List<FormNode>> repeats = new LinkedHashMap<>();
        for (Ask ask : section.asks()) {
            int list = ask.path().indexOf("[]");
            if (list < 0) {
                children.add(leaf(section.record(), ask));
                continue;
            }
            String prefix = ask.path().substring(0, list);
            List<FormNode> repeat = repeats.get(prefix);
            if (repeat == null) {
                repeat = new ArrayList<>();
                repeats.put(prefix, repeat);
                children.add(new FormNode.Group(name(prefix), "group." + section.name() + "." + name(prefix), true,
                        repeat));
            }
            repeat.add(leaf(section.record(), ask));
        }
        return children;
    }

    private static FormNode leaf(Class<?> record, Ask ask) {
        String path = ask.path();
        String relative = path.contains("[].") ? path.substring(path.indexOf("[].") + 3) : path;
        return new FormNode.Leaf(Questions.of(record, ask, name(relative)));
    }

    /** A path's element name: {@code properties.beneficiaries.women} asks {@code beneficiaries_women}. */
    static String name(String path) {
        return path.replaceFirst("^properties\\.", "").replace('.', '_');
    }
}
