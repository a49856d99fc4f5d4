package org.cairn.activity;

import java.util.EnumSet;
import java.util.Set;
import org.cairn.organisation.ActivityType;

/**
 * How land left a hazard area (IMAS 07.11): cancelled by non-technical survey, reduced by technical
 * survey, or cleared.
 */
public enum ReleaseOutcome {
    CANCELLED(EnumSet.of(ActivityType.NTS)),
    REDUCED(EnumSet.of(ActivityType.TS)),
    /** Road clearance clears road land to the same standard as clearance, so it may release as CLEARED too. */
    CLEARED(EnumSet.of(ActivityType.CLEARANCE, ActivityType.BAC, ActivityType.TS, ActivityType.ROAD_CLEARANCE));

    private final Set<ActivityType> activityTypes;

    ReleaseOutcome(Set<ActivityType> activityTypes) {
        this.activityTypes = activityTypes;
    }

    /** The activity types whose work may release land with this outcome. */
    public Set<ActivityType> activityTypes() {
        return activityTypes;
    }
}
