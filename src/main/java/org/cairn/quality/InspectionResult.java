package org.cairn.quality;

/** The verdict of a post-clearance inspection on the land it sampled. */
public enum InspectionResult {
    PASS,
    /** The land is not safe as released: Cairn reopens it as a hazard area. */
    FAIL
}
