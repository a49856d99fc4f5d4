package org.cairn.victim;

/** Sex of a casualty, as recorded. */
public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN
}
