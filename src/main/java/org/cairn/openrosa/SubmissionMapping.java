package org.cairn.openrosa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.fieldreport.ItemKind;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * Turns the answers of a filled form into a field report, as a device would send it to
 * /api/v1/field-reports: an item for each record the form makes, each record exactly as its own
 * endpoint takes it, and the photos as the report's attachments. Item ids are made from the
 * instance id, so that a submission sent again is the same report and replays as one.
 */
final class SubmissionMapping {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The fields of records that the report fills, whatever the form asks: who reports, as of when, which accident. */
    static final Set<String> FROM_THE_REPORT = Set.of("type", "id", "properties", "properties.reportingOrganisationId",
            "properties.dateOfInformation", "accidentId", "reportingOrganisationId", "dateOfInformation");

    /** A file sent with the submission: its SHA-256 and size, which the report announces. */
    record File(String sha256, long size) {
    }

    /**
     * Who sent it and what came with it.
     *
     * @param files the files sent with it by name, or null where the photos stay at the source
     *              (KoboToolbox keeps them behind its own credentials)
     */
    record Context(UUID instanceId, String version, UUID organisation, String device, Map<String, File> files) {
    }

    private SubmissionMapping() {
    }

    static ObjectNode report(FieldForm form, Answers answers, Context context) {
        Answers report = answers.one(FormTree.REPORT).orElseThrow(() -> refused("the report group is missing"));
        String date = report.text("dateOfInformation").orElseThrow(() -> refused("dateOfInformation is missing"));
        ObjectNode json = JSON.objectNode();
        json.put("reportId", context.instanceId().toString());
        json.put("reportNumber", form.id().replaceFirst("^cairn-", "").toUpperCase() + "-" + date.replace("-", "")
                + "-" + context.instanceId().toString().substring(0, 8));
        json.put("formName", ServedForm.titleOf(form));
        json.put("formVersion", context.version());
        json.put("reporter", report.text("reporter").orElse(""));
        json.put("reportingOrganisationId", context.organisation() == null ? null : context.organisation().toString());
        json.put("dateOfInformation", date);
        if (context.device() != null) {
            json.put("device", context.device());
        }
        ArrayNode items = json.putArray("items");
        UUID parent = null;
        for (Section section : form.sections()) {
            List<Answers> records = section.repeated() ? answers.all(section.name())
                    : answers.one(section.name()).map(List::of).orElse(List.of());
            for (int i = 0; i < records.size(); i++) {
                UUID id = UUID.nameUUIDFromBytes((context.instanceId() + "/" + section.name() + "/" + i)
                        .getBytes(StandardCharsets.UTF_8));
                ObjectNode content = record(section, records.get(i));
                completeRecord(section.kind(), content, id, parent, date, context.organisation());
                items.add(item(section.kind(), id, content));
                if (section.kind() == ItemKind.ACCIDENT) {
                    parent = id;
                }
            }
        }
        ArrayNode attachments = json.putArray("attachments");
        if (context.files() == null) {
            return json;
        }
        for (Answers photo : answers.all(FormTree.PHOTOS)) {
            photo.text(FormTree.PHOTO).ifPresent(name -> {
                File file = context.files().get(name);
                if (file == null) {
                    throw refused("photo " + Names.shown(name) + " is named but was not sent");
                }
                attachments.addObject().put("name", name).put("sha256", file.sha256()).put("size", file.size());
            });
        }
        return json;
    }

    private static ObjectNode record(Section section, Answers answers) {
        ObjectNode record = JSON.objectNode();
        for (Ask ask : section.asks()) {
            // Read from the record's class once per question, not once per answer of a repeat.
            Question question = Questions.of(section.record(), ask, "");
            int list = ask.path().indexOf("[]");
            if (list < 0) {
                answers.text(FormTree.name(ask.path())).ifPresent(text -> put(record, ask.path(), value(question, text)));
                continue;
            }
            String prefix = ask.path().substring(0, list);
            String relative = ask.path().substring(list + 3);
            List<Answers> repeats = answers.all(FormTree.name(prefix));
            ArrayNode array = arrayAt(record, prefix, repeats.size());
            for (int i = 0; i < repeats.size(); i++) {
                int index = i;
                repeats.get(i).text(FormTree.name(relative)).ifPresent(text -> put((ObjectNode) array.get(index),
                        relative, value(question, text)));
            }
        }
        return record;
    }

    /** What the report itself knows of every record: its id, organisation, date, and the accident a casualty had. */
    private static void completeRecord(ItemKind kind, ObjectNode content, UUID id, UUID accident, String date,
            UUID organisation) {
        String organisationId = organisation == null ? null : organisation.toString();
        if (kind == ItemKind.CASUALTY) {
            content.put("accidentId", accident == null ? null : accident.toString());
            content.put("reportingOrganisationId", organisationId);
            content.put("dateOfInformation", date);
            return;
        }
        content.put("type", "Feature");
        content.put("id", id.toString());
        ObjectNode properties = content.has("properties") ? (ObjectNode) content.get("properties")
                : content.putObject("properties");
        properties.put("reportingOrganisationId", organisationId);
        if (kind != ItemKind.DEVICE_FINDING) {
            properties.put("dateOfInformation", date);
        }
        JsonNode accuracy = content.path("geometry").path("accuracy");
        if (kind == ItemKind.ACCIDENT && accuracy.isNumber()) {
            properties.put("accuracyM", accuracy.asDouble());
        }
        if (content.has("geometry")) {
            ((ObjectNode) content.get("geometry")).remove("accuracy");
        }
    }

    /** An item of the report; a device names its activity or hazard area as the record does. */
    private static ObjectNode item(ItemKind kind, UUID id, ObjectNode content) {
        ObjectNode item = JSON.objectNode();
        item.put("id", id.toString());
        item.put("kind", kind.name());
        for (String parent : List.of("activityId", "hazardAreaId")) {
            JsonNode value = content.path("properties").path(parent);
            if (kind == ItemKind.DEVICE_FINDING && value.isTextual()) {
                item.put(parent, value.asText());
            }
        }
        item.set("content", content);
        return item;
    }

    private static JsonNode value(Question question, String text) {
        return switch (question.type()) {
            case INTEGER -> JSON.numberNode(number(text, question).longValue());
            case DECIMAL -> JSON.numberNode(number(text, question));
            case YES_NO -> JSON.booleanNode("yes".equals(text));
            case SELECT_MULTIPLE -> {
                ArrayNode values = JSON.arrayNode();
                for (String value : text.trim().split("\\s+")) {
                    values.add(value);
                }
                yield values;
            }
            case TIME -> JSON.textNode(text.length() >= 5 ? text.substring(0, 5) : text);
            case GEOPOINT -> Coordinates.point(text, question.path());
            case GEOSHAPE -> Coordinates.polygon(text, question.path());
            default -> JSON.textNode(text);
        };
    }

    private static Double number(String text, Question question) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw refused(question.path() + " is not a number");
        }
    }

    private static void put(ObjectNode record, String path, JsonNode value) {
        parentOf(record, path).set(path.substring(path.lastIndexOf('.') + 1), value);
    }

    /** The list at the path, of as many objects as the form repeated, made on first use. */
    private static ArrayNode arrayAt(ObjectNode record, String path, int size) {
        ObjectNode parent = parentOf(record, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (!parent.has(last)) {
            ArrayNode array = parent.putArray(last);
            for (int i = 0; i < size; i++) {
                array.addObject();
            }
        }
        return (ArrayNode) parent.get(last);
    }

    /** The object that holds the path's last field, made on the way as needed. */
    private static ObjectNode parentOf(ObjectNode record, String path) {
        ObjectNode parent = record;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length - 1; i++) {
            parent = parent.has(segments[i]) ? (ObjectNode) parent.get(segments[i]) : parent.putObject(segments[i]);
        }
        return parent;
    }

    static ProblemException refused(String reason) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The submission does not fit its form: "
                + reason + ".");
    }
}
