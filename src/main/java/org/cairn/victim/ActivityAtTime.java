package org.cairn.victim;

/** What the casualty was doing when the accident happened (IMSMA victim activity). */
public enum ActivityAtTime {
    AGRICULTURE,
    HERDING,
    COLLECTING_FOOD_OR_WOOD,
    COLLECTING_SCRAP,
    TRAVELLING,
    PLAYING,
    HOUSEHOLD_WORK,
    TAMPERING,
    DEMINING,
    MILITARY_ACTIVITY,
    OTHER,
    UNKNOWN
}
