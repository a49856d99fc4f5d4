package org.cairn.adminarea;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * Which properties of an imported feature hold an area's pcode, name, level and parent. OCHA's
 * common operational datasets ship one file per level with properties such as ADM2_PCODE,
 * ADM2_EN and ADM1_PCODE, so a fixed {@code level} alone implies the rest; a file mixing levels
 * names its level property and the others.
 *
 * @param level          the level of every feature, or null when {@code levelProperty} gives it
 * @param parentProperty null for a file of level 0, whose areas have no parent
 */
public record AdminAreaMapping(Integer level, String levelProperty, String pcodeProperty, String nameProperty,
        String parentProperty) {

    static final int DEEPEST = 4;
    private static final Set<String> PARAMETERS = Set.of("level", "levelProperty", "pcodeProperty", "nameProperty",
            "parentProperty");

    /** The mapping the import's query parameters describe. */
    public static AdminAreaMapping of(Map<String, List<String>> query) {
        query.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw invalid("Unknown query parameter " + name + "; an import accepts " + String.join(", ",
                    List.of("level", "levelProperty", "pcodeProperty", "nameProperty", "parentProperty")) + ".");
        });
        String fixed = single(query, "level");
        String levelProperty = single(query, "levelProperty");
        if ((fixed == null) == (levelProperty == null)) {
            throw invalid("Give either level (0 to 4, the level of every feature, as in OCHA's files of one level) "
                    + "or levelProperty (the property that holds each feature's level).");
        }
        if (fixed == null) {
            return new AdminAreaMapping(null, levelProperty, required(query, "pcodeProperty"),
                    required(query, "nameProperty"), required(query, "parentProperty"));
        }
        if (!fixed.matches("[0-" + DEEPEST + "]")) {
            throw invalid("Parameter level is a whole number from 0 to " + DEEPEST + ".");
        }
        int level = Integer.parseInt(fixed);
        String parent = single(query, "parentProperty");
        if (level == 0 && parent != null) {
            throw invalid("Areas of level 0 have no parent: parentProperty does not apply.");
        }
        return new AdminAreaMapping(level, null, or(single(query, "pcodeProperty"), "ADM" + level + "_PCODE"),
                or(single(query, "nameProperty"), "ADM" + level + "_EN"),
                level == 0 ? null : or(parent, "ADM" + (level - 1) + "_PCODE"));
    }

    private static String required(Map<String, List<String>> query, String name) {
        String value = single(query, name);
        if (value == null) {
            throw invalid("Parameter " + name + " is needed when levelProperty is given.");
        }
        return value;
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1 || values.get(0).isBlank()) {
            throw invalid("Parameter " + name + " takes one non-empty value.");
        }
        return values.get(0);
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
    }
}
