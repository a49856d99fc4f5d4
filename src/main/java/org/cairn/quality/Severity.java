package org.cairn.quality;

/** How grave a monitoring finding is. An observation is advice; the others are non-conformities. */
public enum Severity {
    OBSERVATION,
    MINOR,
    MAJOR,
    /** Work stops until it is put right. */
    CRITICAL;

    public boolean nonConformity() {
        return this != OBSERVATION;
    }
}
