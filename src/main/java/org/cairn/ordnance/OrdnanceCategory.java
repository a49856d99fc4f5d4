package org.cairn.ordnance;

/** Categories of explosive ordnance; ERW in treaty language is UXO plus AXO. */
public enum OrdnanceCategory {
    AP_MINE,
    AV_MINE,
    IMPROVISED_MINE,
    IED,
    CLUSTER_SUBMUNITION,
    UXO,
    AXO,
    BOOBY_TRAP,
    SMALL_ARMS_AMMUNITION,
    OTHER
}
