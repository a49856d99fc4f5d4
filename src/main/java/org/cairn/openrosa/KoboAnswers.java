package org.cairn.openrosa;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A KoboToolbox submission as its REST Services post it: one JSON object whose keys are the
 * questions' paths under the form's root ({@code hazard/name}), every answer a string, and a repeat
 * an array of such objects. Read here into the same tree as an XForm instance.
 */
record KoboAnswers(JsonNode node, String path, JsonNode answer) implements Answers {

    static KoboAnswers root(JsonNode submission) {
        return new KoboAnswers(submission, "", null);
    }

    @Override
    public List<Answers> all(String name) {
        String key = path + name;
        JsonNode value = node.get(key);
        List<Answers> found = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(repetition -> found.add(new KoboAnswers(repetition, key + "/", null)));
        } else if (value != null) {
            found.add(new KoboAnswers(node, key + "/", value));
        } else if (hasKeyUnder(key + "/")) {
            found.add(new KoboAnswers(node, key + "/", null));
        }
        return found;
    }

    @Override
    public Optional<String> value() {
        return answer == null || answer.isNull() || answer.asText().isBlank() ? Optional.empty()
                : Optional.of(answer.asText().trim());
    }

    private boolean hasKeyUnder(String prefix) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            if (keys.next().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
