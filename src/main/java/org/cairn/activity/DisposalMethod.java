package org.cairn.activity;

/** What became of a device. */
public enum DisposalMethod {
    DESTROYED_IN_SITU,
    REMOVED_AND_DESTROYED,
    RENDERED_SAFE,
    HANDED_OVER,
    OTHER
}
