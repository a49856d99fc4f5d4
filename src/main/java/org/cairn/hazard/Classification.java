package org.cairn.hazard;

/** How strongly a hazard area is known to be contaminated (IMAS 08.10, IMSMA "Land" classification). */
public enum Classification {
    INDICATION,
    SHA,
    CHA,
    AMMUNITION_STORAGE,
    EOD_SPOT
}
