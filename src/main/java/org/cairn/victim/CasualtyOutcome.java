package org.cairn.victim;

/** What became of a casualty. */
public enum CasualtyOutcome {
    KILLED,
    INJURED,
    UNKNOWN
}
