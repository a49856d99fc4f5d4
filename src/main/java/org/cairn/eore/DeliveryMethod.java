package org.cairn.eore;

/** How risk education reached its audience (IMAS 12.10). */
public enum DeliveryMethod {
    /** Trained staff talking with a group, face to face. */
    DIRECT_SESSION,
    /** A trained member of the community passing the messages on. */
    COMMUNITY_FOCAL_POINT,
    SCHOOL,
    /** Radio, television, print, seen or heard at a session. */
    MEDIA,
    /** Online or by phone. */
    DIGITAL
}
