package org.cairn.victim;

/** Who the casualty was when it happened. */
public enum CasualtyStatus {
    CIVILIAN,
    MILITARY_SECURITY,
    DEMINER,
    UNKNOWN
}
