package org.cairn.support;

/** The organisations every test database holds (src/test/resources/db/test-data). */
public final class Organisations {

    /** An NGO accredited for NTS, TS and clearance. */
    public static final String ALPHA = "00000000-0000-4000-8000-0000000000a1";
    /** A commercial operator accredited for TS, clearance and BAC. */
    public static final String BRAVO = "00000000-0000-4000-8000-0000000000b2";
    /** The national authority. */
    public static final String AUTHORITY = "00000000-0000-4000-8000-0000000000c3";

    private Organisations() {
    }
}
