package org.cairn.hazard;

/** Clearance priority set by the national authority. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
