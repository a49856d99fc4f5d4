package org.cairn.fieldreport;

/** What became of one item: at submission, then at the approver's decision. */
public enum ItemOutcome {
    /** Valid when submitted; waits for approval. */
    ACCEPTED,
    /** Refused as its own endpoint would refuse it; never applied. */
    INVALID,
    /** Based on a version that has changed since, or on older information: the approver decides. */
    CONFLICT,
    /** Written to the national record on approval. */
    APPLIED,
    /** Left out on approval: by the approver's choice, or because the record holds newer information. */
    SKIPPED,
    /** The report was rejected, or the item was invalid: nothing of it was written. */
    NOT_APPLIED
}
