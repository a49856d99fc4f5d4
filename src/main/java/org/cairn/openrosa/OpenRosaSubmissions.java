package org.cairn.openrosa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cairn.config.CairnConfig;
import org.cairn.fieldreport.AttachmentTypes;
import org.cairn.fieldreport.Attachments;
import org.cairn.fieldreport.FieldReportSubmission;
import org.cairn.security.Caller;
import org.cairn.web.BodySizeLimit;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.Uuids;
import org.w3c.dom.Element;

/**
 * Takes a submission from a field app and makes it a field report, through the same checks,
 * review and approval as /api/v1/field-reports: the instance is read against the form it names,
 * opened when encrypted, joined with the parts sent before it when it came in several requests, and
 * its photos become the report's attachments. Sent again, it is the same report.
 */
@ApplicationScoped
public class OpenRosaSubmissions {

    static final String XML_PART = "xml_submission_file";

    @Inject ServedForms forms;
    @Inject FormKeys keys;
    @Inject PendingParts pending;
    @Inject FieldReportSubmission submission;
    @Inject Attachments attachments;
    @Inject Caller caller;
    @Inject CairnConfig config;

    /** What became of a request: a report stored now, one received before, or a part kept for the rest. */
    enum Outcome { STORED, RECEIVED_BEFORE, PART_KEPT }

    Outcome receive(Map<String, Part> parts, boolean incomplete) {
        byte[] sent = parts.get(XML_PART).bytes();
        Element root = SubmissionXml.parse(sent);
        Answers answers = Answers.of(root);
        ServedForm form = form(root.getAttribute("id"), root.getAttribute("version"));
        UUID instanceId = instanceId(answers);
        Map<String, Part> files = new LinkedHashMap<>(parts);
        files.remove(XML_PART);
        if (incomplete) {
            pending.keep(instanceId, parts, caller.subject());
            return Outcome.PART_KEPT;
        }
        Map<String, Part> joined = joined(instanceId, sent, files);
        if ("yes".equalsIgnoreCase(root.getAttribute("encrypted"))) {
            Envelope.Opened opened = Envelope.open(answers, form.id(), form.version(), joined, keys.privateKey());
            Element instance = SubmissionXml.parse(opened.xml());
            answers = Answers.of(instance);
            if (!form.id().equals(instance.getAttribute("id")) || !instanceId.equals(instanceId(answers))) {
                throw SubmissionMapping.refused("the encrypted instance is not the one its envelope names");
            }
            joined = opened.media();
        } else if (form.form().encrypted()) {
            throw SubmissionMapping.refused("this form is sent encrypted; update the form on the device");
        }
        Map<String, SubmissionMapping.File> described = new LinkedHashMap<>();
        joined.forEach((name, part) -> described.put(name, part.describe()));
        ObjectNode report = SubmissionMapping.report(form.form(), answers, new SubmissionMapping.Context(instanceId,
                form.version(), caller.organisationId().orElse(null), answers.one("meta")
                        .flatMap(meta -> meta.text("deviceID")).orElse(null), described));
        refuseUnnamed(report, joined);
        joined.forEach((name, part) -> refuseUnreadable(part, described.get(name)));
        FieldReportSubmission.Submitted submitted = submission.submit(report);
        for (JsonNode attachment : report.path("attachments")) {
            String name = attachment.path("name").asText();
            try (InputStream in = joined.get(name).open()) {
                attachments.receive(instanceId, name, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        pending.forget(instanceId);
        return submitted.created() ? Outcome.STORED : Outcome.RECEIVED_BEFORE;
    }

    /**
     * A submission KoboToolbox forwards (its REST Services, one JSON object a submission) for a form
     * of Cairn's that its authors deployed there as an XLSForm. Kobo keeps the photos, and does not
     * say which version of the form was filled: the records' own checks decide.
     */
    Outcome fromKobo(String formId, JsonNode forwarded) {
        ServedForm form = forms.require(formId);
        if (form.form().encrypted()) {
            throw SubmissionMapping.refused("this form is encrypted on the device; send it to Cairn directly, "
                    + "not through KoboToolbox");
        }
        if (!forwarded.isObject()) {
            throw SubmissionMapping.refused("a KoboToolbox submission is a JSON object");
        }
        Answers answers = KoboAnswers.root(forwarded);
        ObjectNode report = SubmissionMapping.report(form.form(), answers, new SubmissionMapping.Context(
                instanceId(answers), form.version(), caller.organisationId().orElse(null), "kobotoolbox", null));
        return submission.submit(report).created() ? Outcome.STORED : Outcome.RECEIVED_BEFORE;
    }

    /** The form and version the instance names: the current version of a form Cairn serves. */
    private ServedForm form(String id, String version) {
        ServedForm form = forms.find(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "The submission names a form Cairn does not serve; download forms from Cairn again."));
        if (!form.version().equals(version)) {
            throw new ProblemException(ProblemType.CONFLICT, "The submission was made on another version of form "
                    + form.id() + " than the current one; download forms again and fill it anew.");
        }
        return form;
    }

    private static UUID instanceId(Answers answers) {
        String id = answers.one("meta").flatMap(meta -> meta.text("instanceID"))
                .orElseThrow(() -> SubmissionMapping.refused("meta/instanceID is missing"));
        return Uuids.parse(id.startsWith("uuid:") ? id.substring("uuid:".length()) : id)
                .orElseThrow(() -> SubmissionMapping.refused("meta/instanceID is not uuid: and a UUID"));
    }

    /**
     * This request's files with those of the earlier requests of the same submission; every request
     * of one submission repeats the same instance, and one that does not is another submission.
     */
    private Map<String, Part> joined(UUID instanceId, byte[] xml, Map<String, Part> files) {
        Map<String, Part> kept = pending.of(instanceId);
        Part keptXml = kept.remove(XML_PART);
        if (keptXml != null && !Arrays.equals(keptXml.bytes(), xml)) {
            throw new ProblemException(ProblemType.CONFLICT, "Another submission with this instanceID was begun "
                    + "with other content; a new submission needs a new instanceID.");
        }
        kept.putAll(files);
        return kept;
    }

    /**
     * Refuses a photo that is no file Cairn keeps, by its first bytes, or larger than an attachment
     * may be, before anything is stored: a submission is taken whole or not at all.
     */
    private void refuseUnreadable(Part part, SubmissionMapping.File file) {
        try (InputStream in = part.open()) {
            if (AttachmentTypes.sniff(in.readNBytes(64)).isEmpty()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "A photo of the submission is not a "
                        + AttachmentTypes.NAMES + " file, by its first bytes.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (file.size() > config.limits().maxAttachmentSize().asLongValue()) {
            throw BodySizeLimit.tooLarge(config.limits().maxAttachmentSize().asLongValue());
        }
    }

    /** Refuses a file the submission does not name: a device sends the files its answers name, no others. */
    private static void refuseUnnamed(ObjectNode report, Map<String, Part> files) {
        for (String name : files.keySet()) {
            boolean named = false;
            for (JsonNode attachment : report.path("attachments")) {
                named |= attachment.path("name").asText().equals(name);
            }
            if (!named) {
                throw SubmissionMapping.refused("a file was sent that no answer names");
            }
        }
    }
}
