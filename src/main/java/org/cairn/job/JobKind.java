package org.cairn.job;

/** The kinds of background work Cairn runs. */
public enum JobKind {
    /** Reading a file of administrative areas into the gazetteer. */
    ADMIN_AREA_IMPORT,
    /** Placing every item again in the deepest administrative area that holds it. */
    ADMIN_AREA_ASSIGNMENT
}
