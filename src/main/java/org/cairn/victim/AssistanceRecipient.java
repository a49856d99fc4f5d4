package org.cairn.victim;

/** Who receives assistance: the casualty, or an indirect victim of the accident such as a family member. */
public enum AssistanceRecipient {
    CASUALTY,
    INDIRECT_VICTIM
}
