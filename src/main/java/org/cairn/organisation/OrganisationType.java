package org.cairn.organisation;

/** Kinds of organisation in a national mine action programme. */
public enum OrganisationType {
    NATIONAL_AUTHORITY,
    NGO,
    COMMERCIAL,
    MILITARY,
    UN,
    OTHER
}
