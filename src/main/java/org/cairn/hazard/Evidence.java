package org.cairn.hazard;

/** The strongest kind of evidence of contamination. */
public enum Evidence {
    DIRECT,
    INDIRECT,
    NONE,
    NOT_SPECIFIED
}
