package org.cairn.fieldreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cairn.security.Caller;
import org.cairn.web.Problem;
import org.cairn.web.ProblemException;

/**
 * Checks every item of a submitted report by writing it, as its approver would, in a transaction
 * that is rolled back: the rules are the endpoints' own code, and later items see the earlier
 * ones (a casualty of an accident in the same report). A refused write spoils its transaction, so
 * after each refusal the run starts again with the items accepted so far.
 * <p>
 * A report of new hazard areas only is judged without writing: no item can lean on another, so the
 * endpoint's checks alone give each verdict, and the write, the id lock and the overlap warnings,
 * most of a report's cost and no part of a verdict, are spared.
 */
@ApplicationScoped
class ItemChecks {

    @Inject TrialRun trials;
    @Inject ItemWriter writer;
    @Inject ItemConflicts conflicts;
    @Inject Caller caller;

    List<Verdict> check(FieldReportData report) {
        if (report.items.stream().allMatch(ItemChecks::newHazardArea)) {
            return trials.rolledBack(() -> caller.checkingForApprover(
                    () -> report.items.stream().map(this::checked).toList()));
        }
        Verdict[] verdicts = new Verdict[report.items.size()];
        int next = 0;
        while (next < verdicts.length) {
            int from = next;
            next = trials.rolledBack(() -> caller.checkingForApprover(() -> run(report, verdicts, from)));
        }
        return new ArrayList<>(Arrays.asList(verdicts));
    }

    /** Writes the items in order, judging those from {@code from} on; the position after the first refusal. */
    private int run(FieldReportData report, Verdict[] verdicts, int from) {
        for (int i = 0; i < verdicts.length; i++) {
            if (i < from && verdicts[i].outcome() == ItemOutcome.INVALID) {
                continue;
            }
            Verdict verdict = verdict(report.items.get(i), report);
            if (i >= from) {
                verdicts[i] = verdict;
            }
            if (verdict.outcome() == ItemOutcome.INVALID) {
                return i + 1;
            }
        }
        return verdicts.length;
    }

    private static boolean newHazardArea(FieldReportItemData item) {
        return item.kind == ItemKind.HAZARD_AREA && item.targetId == null;
    }

    private Verdict checked(FieldReportItemData item) {
        try {
            writer.check(item);
            return Verdict.accepted();
        } catch (ProblemException e) {
            return new Verdict(ItemOutcome.INVALID, e.problem());
        }
    }

    private Verdict verdict(FieldReportItemData item, FieldReportData report) {
        try {
            Optional<Problem> conflict = item.targetId != null ? conflicts.of(item, report.dateOfInformation)
                    : Optional.empty();
            writer.write(item);
            return conflict.map(problem -> new Verdict(ItemOutcome.CONFLICT, problem)).orElse(Verdict.accepted());
        } catch (ProblemException e) {
            return new Verdict(ItemOutcome.INVALID, e.problem());
        }
    }
}
