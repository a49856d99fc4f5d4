package org.cairn.adminarea;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.QueryParameters;

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
    private static final List<String> PARAMETERS = List.of("level", "levelProperty", "pcodeProperty",
            "nameProperty", "parentProperty");

    /** The mapping the import's query parameters describe. */
    public static AdminAreaMapping of(Map<String, List<String>> parameters) {
        QueryParameters query = QueryParameters.read(parameters, PARAMETERS);
        String fixed = query.nonEmpty("level").orElse(null);
        String levelProperty = query.nonEmpty("levelProperty").orElse(null);
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
        Optional<String> parent = query.nonEmpty("parentProperty");
        if (level == 0 && parent.isPresent()) {
            throw invalid("Areas of level 0 have no parent: parentProperty does not apply.");
        }
        return new AdminAreaMapping(level, null,
                query.nonEmpty("pcodeProperty").orElse("ADM" + level + "_PCODE"),
                query.nonEmpty("nameProperty").orElse("ADM" + level + "_EN"),
                level == 0 ? null : parent.orElse("ADM" + (level - 1) + "_PCODE"));
    }

    private static String required(QueryParameters query, String name) {
        return query.nonEmpty(name).orElseThrow(() -> invalid("Parameter " + name
                + " is needed when levelProperty is given."));
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
    }
}
