package org.cairn.quality;

/** How an activity met one point of a monitoring checklist. */
public enum ChecklistResult {
    COMPLIANT,
    NON_COMPLIANT,
    NOT_APPLICABLE
}
