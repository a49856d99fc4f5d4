package org.cairn.fieldreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.Problem;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * A data manager's decision on a submitted report. Approval writes every item in one transaction
 * through the services of the direct API: all of it reaches the national record, or none.
 */
@ApplicationScoped
public class FieldReportApproval {

    @Inject FieldReportService reports;
    @Inject ItemWriter writer;
    @Inject ItemConflicts conflicts;
    @Inject JsonBodies bodies;
    @Inject Validator validator;

    @Transactional
    public FieldReportView approve(UUID id, ApprovalRequest request) {
        valid(request);
        FieldReport report = reports.lockSubmitted(id);
        List<FieldReportItem> items = FieldReportItem.of(id);
        Map<UUID, ApprovalRequest.Action> decisions = decisions(request, items);
        List<UUID> undecided = new ArrayList<>();
        // Conflicts are weighed against the records as they are now, not as they were at submission.
        for (FieldReportItem item : items) {
            if (item.outcome == ItemOutcome.INVALID) {
                continue;
            }
            ApprovalRequest.Action action = decisions.get(item.id);
            Optional<Problem> conflict = conflictOf(item, report, action);
            item.problem = reports.json(conflict.orElse(null));
            if (conflict.isPresent() && ItemConflicts.OLDER_INFORMATION.equals(conflict.get().extensions()
                    .get("conflict"))) {
                if (action == ApprovalRequest.Action.APPLY) {
                    throw new ProblemException(ProblemType.CONFLICT, "Item " + item.id + " cannot be applied: "
                            + conflict.get().detail).with("itemId", item.id);
                }
                item.outcome = ItemOutcome.SKIPPED;
            } else if (action == ApprovalRequest.Action.SKIP) {
                item.outcome = ItemOutcome.SKIPPED;
            } else if (conflict.isPresent() && action == null) {
                undecided.add(item.id);
            } else {
                item.outcome = ItemOutcome.APPLIED;
            }
        }
        if (!undecided.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, undecided.size() + " item(s) change records that have "
                    + "changed since the report was made: decide APPLY or SKIP for each.")
                    .with("undecidedItems", undecided);
        }
        for (FieldReportItem item : items) {
            if (item.outcome == ItemOutcome.APPLIED) {
                item.recordId = apply(item);
            }
        }
        report.status = FieldReportStatus.APPROVED;
        reports.decided(report, Clock.now());
        FieldReport.flush();
        return reports.view(report);
    }

    @Transactional
    public FieldReportView reject(UUID id, RejectionRequest request) {
        valid(request);
        FieldReport report = reports.lockSubmitted(id);
        Instant now = Clock.now();
        for (FieldReportItem item : FieldReportItem.of(id)) {
            if (item.outcome != ItemOutcome.INVALID) {
                item.outcome = ItemOutcome.NOT_APPLIED;
            }
        }
        report.status = FieldReportStatus.REJECTED;
        report.rejectionReason = request.reason;
        reports.decided(report, now);
        FieldReport.flush();
        return reports.view(report);
    }

    /** Writes the item; a refusal now (the records moved on since submission) refuses the whole approval. */
    private UUID apply(FieldReportItem item) {
        try {
            return writer.write(data(item));
        } catch (ProblemException e) {
            throw e.with("itemId", item.id).with("itemPosition", item.position);
        }
    }

    /** The item's conflict now; a target that no longer exists is one only skipping resolves. */
    private Optional<Problem> conflictOf(FieldReportItem item, FieldReport report, ApprovalRequest.Action action) {
        if (item.targetId == null) {
            return Optional.empty();
        }
        try {
            return conflicts.of(data(item), report.dateOfInformation);
        } catch (ProblemException e) {
            if (action == ApprovalRequest.Action.SKIP) {
                return Optional.of(e.problem());
            }
            throw new ProblemException(ProblemType.CONFLICT, "Item " + item.id + " changes " + item.kind.label() + " "
                    + item.targetId + ", which no longer exists; skip the item to approve the rest.")
                    .with("itemId", item.id);
        }
    }

    private void valid(Object request) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, request, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private FieldReportItemData data(FieldReportItem item) {
        FieldReportItemData data = new FieldReportItemData();
        data.id = item.id;
        data.kind = item.kind;
        data.targetId = item.targetId;
        data.baseVersion = item.baseVersion;
        data.activityId = item.activityId;
        data.hazardAreaId = item.hazardAreaId;
        data.accidentId = item.accidentId;
        data.content = bodies.parse(item.content.getBytes(StandardCharsets.UTF_8));
        return data;
    }

    private static Map<UUID, ApprovalRequest.Action> decisions(ApprovalRequest request,
            List<FieldReportItem> items) {
        Map<UUID, ApprovalRequest.Action> decisions = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.decisions.size(); i++) {
            ApprovalRequest.Decision decision = request.decisions.get(i);
            boolean known = items.stream().anyMatch(item -> item.id.equals(decision.itemId));
            if (!known) {
                errors.add(new FieldError("decisions[" + i + "].itemId", "no item of this report has this id"));
            } else if (decisions.put(decision.itemId, decision.action) != null) {
                errors.add(new FieldError("decisions[" + i + "].itemId", "decided twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return decisions;
    }
}
