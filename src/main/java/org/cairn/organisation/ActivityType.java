package org.cairn.organisation;

/**
 * Survey and clearance tasks (IMSMA "Activity", formerly "Hazard Reduction"). Kept with the
 * organisations, whose accreditation is by activity type, so that activities depend on
 * organisations and not the other way round.
 */
public enum ActivityType {
    NTS,
    TS,
    CLEARANCE,
    BAC,
    EOD_SPOT_TASK,
    ROAD_ASSESSMENT,
    ROAD_VERIFICATION,
    ROAD_CLEARANCE,
    POST_CLEARANCE,
    STOCKPILE_DESTRUCTION
}
