package org.cairn.activity;

/** State of a device when found. */
public enum DeviceCondition {
    ARMED,
    UNARMED,
    DAMAGED,
    DETERIORATED,
    UNKNOWN
}
