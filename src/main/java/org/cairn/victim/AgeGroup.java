package org.cairn.victim;

/** Age group at the accident: children are under 18. */
public enum AgeGroup {
    CHILD,
    ADULT,
    UNKNOWN
}
