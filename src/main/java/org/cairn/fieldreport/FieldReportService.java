package org.cairn.fieldreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.feature.Cursor;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Role;
import org.cairn.web.Problem;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Stores field reports and reads them as each caller may see them. */
@ApplicationScoped
public class FieldReportService {

    private static final String ORDER = "submittedAt";
    private static final UUID NO_ORGANISATION = new UUID(0, 0);

    @Inject ObjectMapper mapper;
    @Inject Caller caller;

    /** The stored report when this is a replay of it; 409 when its id was used for other content. */
    @Transactional
    public Optional<FieldReportView> replay(UUID reportId, String requestDigest) {
        if (!FieldReport.CREATION.stored(reportId, requestDigest)) {
            return Optional.empty();
        }
        return Optional.of(view(visible(reportId)));
    }

    @Transactional
    public FieldReportSubmission.Submitted store(FieldReportData data, String requestDigest, List<Verdict> verdicts) {
        if (FieldReport.CREATION.replayed(data.reportId, requestDigest)) {
            return new FieldReportSubmission.Submitted(view(visible(data.reportId)), false);
        }
        FieldReportItem.takenId(data.items.stream().map(item -> item.id).toList()).ifPresent(taken -> {
            throw new ProblemException(ProblemType.CONFLICT, "Item " + taken + " belongs to another field report; "
                    + "each item of a report needs an id of its own.").with("itemId", taken);
        });
        FieldReport report = new FieldReport();
        report.id = data.reportId;
        report.reportNumber = data.reportNumber;
        report.formName = data.formName;
        report.formVersion = data.formVersion;
        report.reporter = data.reporter;
        report.reportingOrganisationId = data.reportingOrganisationId;
        report.dateOfInformation = data.dateOfInformation;
        report.device = data.device;
        report.atomic = data.atomic;
        report.status = FieldReportStatus.SUBMITTED;
        report.creationDigest = requestDigest;
        report.submittedAt = Clock.now();
        report.submittedBy = caller.subject();
        report.persist();
        List<FieldReportItem> items = new ArrayList<>(verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            FieldReportItemData in = data.items.get(i);
            Verdict verdict = verdicts.get(i);
            FieldReportItem item = new FieldReportItem();
            item.id = in.id;
            item.reportId = report.id;
            item.position = i;
            item.kind = in.kind;
            item.targetId = in.targetId;
            item.baseVersion = in.baseVersion;
            item.activityId = in.activityId;
            item.hazardAreaId = in.hazardAreaId;
            item.accidentId = in.accidentId;
            item.content = verdict.unreadable() ? null : in.content.toString();
            item.outcome = verdict.outcome();
            item.problem = json(verdict.problem());
            item.persist();
            items.add(item);
        }
        Attachments.expect(report.id, data.attachments);
        FieldReport.flush();
        // Answered from what was just written rather than read back: only announced attachments need a query.
        List<Attachments.Attachment> announced = data.attachments.isEmpty() ? List.of() : Attachments.of(report.id);
        return new FieldReportSubmission.Submitted(view(report, items, announced), true);
    }

    /** A page of reports, and the cursor of the next one if there is more. */
    public record Page(List<FieldReportView> items, String next) {
    }

    /**
     * Oldest submission first, without their items; field surveyors see their own organisation's
     * only. Read through Hibernate, not the feature path: a report has no geometry of its own, and
     * its items are sealed.
     */
    @Transactional
    public Page list(FieldReportFilter filter) {
        int limit = filter.limit();
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        confinedTo().ifPresent(organisation -> {
            query.append(" and reportingOrganisationId = :confinedTo");
            parameters.and("confinedTo", organisation);
        });
        filter.apply(query, parameters);
        filter.cursor().ifPresent(cursor -> {
            Cursor after = Cursor.decode(cursor, ORDER);
            query.append(" and (submittedAt > :after or (submittedAt = :after and id > :afterId))");
            parameters.and("after", after.instant()).and("afterId", after.id());
        });
        query.append(" order by submittedAt, id");
        List<FieldReport> rows = FieldReport.find(query.toString(), parameters).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<FieldReport> page = more ? rows.subList(0, limit) : rows;
        FieldReport last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more ? new Cursor(ORDER, last.submittedAt.toString(), last.id).encode() : null;
        return new Page(page.stream().map(FieldReportView::summary).toList(), next);
    }

    @Transactional
    public FieldReportView get(UUID id) {
        return view(visible(id));
    }

    /** The report if the caller may see it: field surveyors see their own organisation's only. */
    FieldReport visible(UUID id) {
        FieldReport report = FieldReport.findById(id);
        if (report == null || !confinedTo().map(report.reportingOrganisationId::equals).orElse(true)) {
            throw ProblemException.notFound("field report", id);
        }
        return report;
    }

    /** The organisation whose reports alone the caller sees, unless it reviews every organisation's. */
    Optional<UUID> confinedTo() {
        if (caller.has(Role.DATA_MANAGER) || caller.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(caller.organisationId().orElse(NO_ORGANISATION));
    }

    FieldReportView view(FieldReport report) {
        return view(report, FieldReportItem.of(report.id), Attachments.of(report.id));
    }

    private FieldReportView view(FieldReport report, List<FieldReportItem> items,
            List<Attachments.Attachment> announced) {
        List<FieldReportView.Attachment> attachments = announced.stream()
                .map(attachment -> new FieldReportView.Attachment(attachment.name(), attachment.sha256(),
                        attachment.size(), attachment.mediaType(), attachment.received()))
                .toList();
        return FieldReportView.of(report, items.stream().map(this::result).toList(), attachments);
    }

    FieldReport lockSubmitted(UUID id) {
        visible(id);
        FieldReport report = FieldReport.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (report.status != FieldReportStatus.SUBMITTED) {
            throw new ProblemException(ProblemType.CONFLICT, "Field report " + report.reportNumber + " is already "
                    + report.status + "; only a submitted report can be approved or rejected.")
                    .with("status", report.status);
        }
        return report;
    }

    /** The result of an item not stored (an atomic report refused): its verdict, without the content sent. */
    FieldReportView.Item result(FieldReportItemData item, Verdict verdict) {
        return new FieldReportView.Item(item.id, item.kind, item.targetId, item.baseVersion, item.activityId,
                item.hazardAreaId, item.accidentId, null, null, verdict.outcome(),
                verdict.problem() == null ? null : mapper.valueToTree(verdict.problem()), null);
    }

    private FieldReportView.Item result(FieldReportItem item) {
        boolean sensitiveForCaller = sensitive(item) && !caller.hasSensitiveDataPermission()
                || item.kind == ItemKind.MONITORING_VISIT && !caller.may(Access.READ_QUALITY);
        boolean withheld = item.content != null && sensitiveForCaller;
        JsonNode content = item.content == null || withheld ? null : parse(item.content);
        JsonNode problem = item.problem == null ? null : parse(item.problem);
        return new FieldReportView.Item(item.id, item.kind, item.targetId, item.baseVersion, item.activityId,
                item.hazardAreaId, item.accidentId, content, withheld ? Boolean.TRUE : null, item.outcome,
                problem != null && sensitiveForCaller ? withoutReasons((ObjectNode) problem) : problem, item.recordId);
    }

    /**
     * A refusal of sensitive content as callers who may not read the content see it: its kind and
     * the fields at fault, not why, since a reason may say where a geometry is wrong, and so where it is.
     */
    private static JsonNode withoutReasons(ObjectNode problem) {
        ObjectNode shown = problem.objectNode();
        List.of("type", "title", "status", "instance").forEach(member -> {
            if (problem.has(member)) {
                shown.set(member, problem.get(member));
            }
        });
        shown.put("detail", "The reasons are withheld with the content.");
        if (problem.has("errors")) {
            ArrayNode errors = shown.putArray("errors");
            problem.get("errors").forEach(error -> errors.addObject().set("field", error.get("field")));
        }
        return shown;
    }

    /** Accidents, casualties and devices found at accidents hold exact places, ages and injuries. */
    private static boolean sensitive(FieldReportItem item) {
        return item.kind.sensitive() || item.accidentId != null
                || item.kind == ItemKind.DEVICE_FINDING && item.targetId != null;
    }

    String json(Problem problem) {
        if (problem == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON could not be read", e);
        }
    }

    void decided(FieldReport report, Instant at) {
        report.decidedAt = at;
        report.decidedBy = caller.subject();
    }
}
