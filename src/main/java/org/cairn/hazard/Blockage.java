package org.cairn.hazard;

/** Land use that contamination blocks. */
public enum Blockage {
    AGRICULTURE,
    GRAZING,
    HOUSING,
    INFRASTRUCTURE,
    ROADS,
    WATER,
    OTHER
}
