package org.cairn.hazard;

/** Direct evidence of explosive ordnance, which makes a confirmed hazardous area. */
public enum DirectEvidence {
    DETONATIONS,
    ACCIDENT_KNOWN_LOCATION,
    HIGH_RELIABILITY_RECORDS,
    MINE_SIGNS_OR_FENCING,
    VISUAL_OBSERVATION
}
