package org.cairn.survey;

/** Notation in which a surveyor typed a coordinate. */
public enum CoordinateFormat {
    DECIMAL_DEGREES,
    DEGREES_DECIMAL_MINUTES,
    DEGREES_MINUTES_SECONDS,
    UTM,
    MGRS,
    OTHER
}
