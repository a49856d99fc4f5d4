package org.cairn.activity;

/** How land is searched (IMAS 09.10): by hand, with machines, with animals. */
public enum ClearanceMethod {
    MANUAL,
    MECHANICAL,
    ANIMAL_DETECTION,
    OTHER
}
