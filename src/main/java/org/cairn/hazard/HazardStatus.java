package org.cairn.hazard;

/** Life of a hazard area from recording to release. */
public enum HazardStatus {
    OPEN,
    WORKED_ON,
    CLOSED,
    SUSPENDED
}
