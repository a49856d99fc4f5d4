package org.cairn.fieldreport;

/** Where a field report stands: sent by a field team, then approved or rejected by a data manager. */
public enum FieldReportStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}
