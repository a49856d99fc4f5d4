package org.cairn.hazard;

/** Indirect evidence of explosive ordnance, which makes a suspected hazardous area. */
public enum IndirectEvidence {
    OLD_SURVEY,
    FORMER_COMBAT_ZONE,
    ACCIDENT_UNKNOWN_LOCATION,
    LOW_RELIABILITY_RECORDS,
    PRODUCTIVE_LAND_NOT_IN_USE,
    VERBAL_REPORTS
}
