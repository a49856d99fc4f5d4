package org.cairn.adminarea;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.cairn.web.Text;

/**
 * What the mapping reads from one feature of an import, or why the feature cannot be imported.
 * The checks that need no database are made here, before anything is written.
 */
record AdminAreaEntry(int index, String pcode, String name, Integer level, String parent, String problem) {

    private static final int MAX_NAME = 200;

    boolean accepted() {
        return problem == null;
    }

    AdminAreaEntry rejected(String why) {
        return new AdminAreaEntry(index, pcode, name, level, parent, why);
    }

    /** Reads a feature; {@code firstAt} remembers each pcode's first feature, to refuse repeats. */
    static AdminAreaEntry read(AdminAreaFile.Feature feature, AdminAreaMapping mapping, Map<String, Integer> firstAt) {
        int index = feature.index();
        if (!"Feature".equals(feature.type()) || feature.properties() == null) {
            return new AdminAreaEntry(index, null, null, null, null, "It is not a GeoJSON Feature with properties.");
        }
        JsonNode properties = feature.properties();
        String pcode = text(properties, mapping.pcodeProperty());
        String name = text(properties, mapping.nameProperty());
        Integer level = mapping.level() != null ? mapping.level() : level(properties.get(mapping.levelProperty()));
        String parent = level == null || level == 0 || mapping.parentProperty() == null ? null
                : text(properties, mapping.parentProperty());
        AdminAreaEntry entry = new AdminAreaEntry(index, pcode, name, level, parent, null);
        String problem = problem(entry, mapping, feature.hasGeometry());
        if (problem == null && firstAt.putIfAbsent(pcode, index) != null) {
            problem = "The pcode " + pcode + " appears again: feature " + firstAt.get(pcode) + " has it already.";
        }
        return problem == null ? entry : entry.rejected(problem);
    }

    private static String problem(AdminAreaEntry entry, AdminAreaMapping mapping, boolean hasGeometry) {
        if (entry.pcode == null) {
            return "It has no pcode in property " + mapping.pcodeProperty() + ".";
        }
        if (!Pcodes.wellFormed(entry.pcode)) {
            return "Its pcode is not a pcode: up to 50 letters, digits, '_', '.' or '-'.";
        }
        if (entry.name == null) {
            return "It has no name in property " + mapping.nameProperty() + ".";
        }
        if (entry.name.length() > MAX_NAME) {
            return "Its name is longer than " + MAX_NAME + " characters.";
        }
        Optional<String> unreadable = Text.fault(entry.name);
        if (unreadable.isPresent()) {
            return "Its name " + unreadable.get() + ".";
        }
        if (entry.level == null) {
            return "It has no level from 0 to " + AdminAreaMapping.DEEPEST + " in property " + mapping.levelProperty()
                    + ".";
        }
        if (entry.level > 0 && entry.parent == null) {
            return "It is of level " + entry.level + " but names no parent in property " + mapping.parentProperty()
                    + ".";
        }
        if (entry.parent != null && !Pcodes.wellFormed(entry.parent)) {
            return "Its parent is not a pcode: up to 50 letters, digits, '_', '.' or '-'.";
        }
        if (entry.pcode.equals(entry.parent)) {
            return "It names itself as its parent.";
        }
        if (!hasGeometry) {
            return "It has no geometry.";
        }
        return null;
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        if (value == null || !(value.isTextual() || value.isIntegralNumber()) || value.asText().isBlank()) {
            return null;
        }
        return value.asText().trim();
    }

    private static Integer level(JsonNode value) {
        if (value == null) {
            return null;
        }
        String text = value.asText().trim();
        return (value.isIntegralNumber() || value.isTextual()) && text.matches("[0-" + AdminAreaMapping.DEEPEST + "]")
                ? Integer.valueOf(text) : null;
    }
}
