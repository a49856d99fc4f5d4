package org.cairn.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.cairn.validation.FieldError;

/** Applies {@link Text}'s rule to every member name and string of a JSON document, naming where each fault is. */
final class TextCheck {

    private static final int MOST_FAULTS = 20;

    private TextCheck() {
    }

    static void of(JsonNode node, String path, List<FieldError> faults) {
        if (faults.size() >= MOST_FAULTS) {
            return;
        }
        if (node.isTextual()) {
            Text.fault(node.textValue()).ifPresent(reason -> faults.add(new FieldError(path, reason)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                of(node.get(i), path + "[" + i + "]", faults);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String at = (path.isEmpty() ? "" : path + ".") + Names.shown(member.getKey());
                Text.fault(member.getKey()).ifPresent(reason -> faults.add(new FieldError(at, "the name " + reason)));
                of(member.getValue(), at, faults);
            }
        }
    }
}
