package org.cairn.victim;

/** Kinds of accident involving explosive ordnance. */
public enum AccidentType {
    MINE,
    CLUSTER_MUNITION,
    IED,
    UXO_AXO,
    DEMINING,
    STORED_AMMUNITION,
    OTHER
}
