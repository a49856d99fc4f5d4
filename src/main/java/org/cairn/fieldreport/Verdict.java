package org.cairn.fieldreport;

import org.cairn.web.Problem;

/** What submission found of one item: accepted, refused with the endpoint's problem, or in conflict. */
record Verdict(ItemOutcome outcome, Problem problem) {

    static Verdict accepted() {
        return new Verdict(ItemOutcome.ACCEPTED, null);
    }

    /** Refusals of the body's very form (400): nothing in it could be applied or shown to the approver. */
    boolean unreadable() {
        return outcome == ItemOutcome.INVALID && problem.status == 400;
    }
}
