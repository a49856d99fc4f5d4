package org.cairn.victim;

/** Victim assistance by domain of need. */
public enum AssistanceType {
    EMERGENCY_MEDICAL,
    CONTINUING_MEDICAL,
    PHYSICAL_REHABILITATION,
    PSYCHOLOGICAL_SUPPORT,
    SOCIO_ECONOMIC_INCLUSION,
    EDUCATION,
    LEGAL,
    OTHER
}
