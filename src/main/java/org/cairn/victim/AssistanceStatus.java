package org.cairn.victim;

/** Where a need or service stands. */
public enum AssistanceStatus {
    NEEDED,
    REFERRED,
    IN_PROGRESS,
    PROVIDED,
    DECLINED
}
