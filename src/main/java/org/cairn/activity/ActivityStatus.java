package org.cairn.activity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of an activity: PLANNED, then IN_PROGRESS, which may be SUSPENDED and resumed, until
 * COMPLETED; anything not yet completed may be CANCELLED.
 */
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    SUSPENDED,
    COMPLETED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<ActivityStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(SUSPENDED, COMPLETED, CANCELLED);
            case SUSPENDED -> EnumSet.of(IN_PROGRESS, COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ActivityStatus.class);
        };
    }
}
