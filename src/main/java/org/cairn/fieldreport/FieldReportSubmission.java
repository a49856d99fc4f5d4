package org.cairn.fieldreport;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairn.config.CairnConfig;
import org.cairn.organisation.OrganisationService;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Role;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * Takes a field report from a device: checks its form, answers a replay with what was stored,
 * judges every item as its endpoint would, and stores the report with each item's verdict.
 * Not one transaction: items are judged in trial runs that are rolled back, the report is stored in
 * a transaction of its own.
 */
@ApplicationScoped
public class FieldReportSubmission {

    private final JsonBodies bodies;
    private final Validator validator;
    private final ContentDigest digest;
    private final ItemChecks items;
    private final FieldReportService reports;
    private final Caller caller;
    private final long maxAttachmentSize;

    FieldReportSubmission(JsonBodies bodies, Validator validator, ContentDigest digest, ItemChecks items,
            FieldReportService reports, Caller caller, CairnConfig config) {
        this.bodies = bodies;
        this.validator = validator;
        this.digest = digest;
        this.items = items;
        this.reports = reports;
        this.caller = caller;
        this.maxAttachmentSize = config.limits().maxAttachmentSize().asLongValue();
    }

    /** What a submission did: the report as stored, and whether this request stored it. */
    public record Submitted(FieldReportView report, boolean created) {
    }

    public Submitted submit(JsonNode body) {
        FieldReportData report = bodies.convert(body, FieldReportData.class);
        check(report);
        String requestDigest = digest.of(report);
        Optional<FieldReportView> stored = reports.replay(report.reportId, requestDigest);
        if (stored.isPresent()) {
            return new Submitted(stored.get(), false);
        }
        List<Verdict> verdicts = items.check(report);
        if (report.atomic && verdicts.stream().anyMatch(verdict -> verdict.outcome() == ItemOutcome.INVALID)) {
            throw refusal(report, verdicts);
        }
        return reports.store(report, requestDigest, verdicts);
    }

    private void check(FieldReportData report) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, report, errors);
        if (report.reportingOrganisationId != null
                && !OrganisationService.exists(report.reportingOrganisationId)) {
            errors.add(new FieldError("reportingOrganisationId", "no organisation with this id"));
        }
        if (report.items != null) {
            Set<UUID> ids = new HashSet<>();
            for (int i = 0; i < report.items.size(); i++) {
                FieldReportItemData item = report.items.get(i);
                if (item != null) {
                    checkItem(item, "items[" + i + "].", errors);
                    if (item.id != null && !ids.add(item.id)) {
                        errors.add(new FieldError("items[" + i + "].id", "already used by another item of the report"));
                    }
                }
            }
        }
        checkAttachments(report, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean forAnyOrganisation = caller.has(Role.DATA_MANAGER) || caller.has(Role.ADMIN);
        if (!forAnyOrganisation && !caller.organisationId().filter(report.reportingOrganisationId::equals).isPresent()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Field surveyors submit reports of their own organisation only.");
        }
        boolean visits = report.items != null && report.items.stream()
                .anyMatch(item -> item != null && item.kind == ItemKind.MONITORING_VISIT);
        if (visits && !caller.may(Access.WRITE_QUALITY)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Monitoring visits are reported by quality managers.");
        }
    }

    private void checkAttachments(FieldReportData report, List<FieldError> errors) {
        if (report.attachments == null) {
            errors.add(new FieldError("attachments", "must not be null; leave it out when there are none"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < report.attachments.size(); i++) {
            ExpectedAttachment attachment = report.attachments.get(i);
            if (attachment == null) {
                continue;
            }
            if (attachment.name != null && !names.add(attachment.name)) {
                errors.add(new FieldError("attachments[" + i + "].name", "already used by another attachment"));
            }
            if (attachment.size != null && attachment.size > maxAttachmentSize) {
                errors.add(new FieldError("attachments[" + i + "].size", "larger than the attachment limit of "
                        + maxAttachmentSize + " bytes"));
            }
        }
    }

    /** The envelope of an item: what it changes, and the parent that its own endpoint takes in the URL. */
    private static void checkItem(FieldReportItemData item, String at, List<FieldError> errors) {
        if (item.content != null && !item.content.isObject()) {
            errors.add(new FieldError(at + "content", "must be a JSON object"));
        }
        if ((item.targetId == null) != (item.baseVersion == null)) {
            errors.add(new FieldError(at + "baseVersion", "a change names both targetId and baseVersion"));
        }
        if (item.kind == null) {
            return;
        }
        int parents = (item.activityId != null ? 1 : 0) + (item.hazardAreaId != null ? 1 : 0)
                + (item.accidentId != null ? 1 : 0);
        switch (item.kind) {
            case LAND_RELEASE -> {
                if (item.targetId != null) {
                    errors.add(new FieldError(at + "targetId", "land release records are voided, not changed"));
                }
                if (item.activityId == null || parents > 1) {
                    errors.add(new FieldError(at + "activityId", "a land release record names its activity, "
                            + "and nothing else"));
                }
            }
            case DEVICE_FINDING -> {
                boolean wellPlaced = item.targetId != null ? parents == 0 : parents == 1;
                if (!wellPlaced) {
                    errors.add(new FieldError(at + "activityId", "a new device finding names one of activityId, "
                            + "hazardAreaId and accidentId; a change names none"));
                }
            }
            default -> {
                if (parents > 0) {
                    errors.add(new FieldError(at + "activityId", "only land release records and device findings "
                            + "name a parent"));
                }
            }
        }
    }

    /** An atomic report with an invalid item: 422 with every item's verdict, and nothing stored. */
    private ProblemException refusal(FieldReportData report, List<Verdict> verdicts) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldReportView.Item> results = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            FieldReportItemData item = report.items.get(i);
            results.add(reports.result(item, verdict));
            if (verdict.outcome() == ItemOutcome.INVALID) {
                String at = "items[" + i + "].content";
                if (verdict.problem().errors == null) {
                    errors.add(new FieldError(at, verdict.problem().detail));
                } else {
                    verdict.problem().errors.forEach(error -> errors.add(new FieldError(at + "." + error.field(),
                            error.reason())));
                }
            }
        }
        return ProblemException.invalid(errors).with("items", results);
    }
}
