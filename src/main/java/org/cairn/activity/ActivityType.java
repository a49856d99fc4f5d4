package org.cairn.activity;

/** Survey and clearance tasks (IMSMA "Activity", formerly "Hazard Reduction"). */
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
