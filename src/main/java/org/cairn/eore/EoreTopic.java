package org.cairn.eore;

/** What a risk education session taught. */
public enum EoreTopic {
    RECOGNISING_ORDNANCE,
    SAFE_BEHAVIOUR,
    REPORTING,
    MARKING_AND_SIGNS,
    VICTIM_ASSISTANCE,
    OTHER
}
