package org.cairn.openrosa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A filled form as KoboToolbox's REST Services post it: keys are the questions' paths under the
 * root ({@code hazard/name}), answers are strings, a repeat is a list of such objects, and Kobo adds
 * its own underscore keys.
 */
final class KoboJson {

    private KoboJson() {
    }

    static Map<String, Object> of(FieldForm form, byte[] instance) {
        Element root = SubmissionXml.parse(instance);
        List<String> repeats = new ArrayList<>();
        FormTree.of(form).forEach(node -> repeated(node, "", repeats));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("_id", 67);
        json.put("__version__", "vXCTi4YUvJ8FuwgcdDMDki");
        json.put("_xform_id_string", "aALUCUEKcgKk28owQo3LrA");
        json.put("_submission_time", "2026-12-01T11:21:58");
        json.put("_attachments", List.of());
        children(root, "", json, repeats);
        String instanceId = (String) json.get("meta/instanceID");
        json.put("_uuid", instanceId.substring("uuid:".length()));
        return json;
    }

    /** The paths of the form's repeats, which Kobo sends as lists. */
    private static void repeated(FormNode node, String prefix, List<String> repeats) {
        if (node instanceof FormNode.Group group) {
            if (group.repeated()) {
                repeats.add(prefix + group.name());
            }
            group.children().forEach(child -> repeated(child, prefix + group.name() + "/", repeats));
        }
    }

    private static void children(Element element, String prefix, Map<String, Object> json, List<String> repeated) {
        Map<String, List<Map<String, Object>>> repeats = new LinkedHashMap<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element node)) {
                continue;
            }
            String key = prefix + node.getLocalName();
            if (repeated.contains(key)) {
                Map<String, Object> repetition = new LinkedHashMap<>();
                children(node, key + "/", repetition, repeated);
                repeats.computeIfAbsent(key, k -> new ArrayList<>()).add(repetition);
            } else if (hasElements(node)) {
                children(node, key + "/", json, repeated);
            } else if (!node.getTextContent().isBlank()) {
                json.put(key, node.getTextContent());
            }
        }
        json.putAll(repeats);
    }

    private static boolean hasElements(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return true;
            }
        }
        return false;
    }
}
