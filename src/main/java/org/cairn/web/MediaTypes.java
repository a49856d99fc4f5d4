package org.cairn.web;

/** Media types of Cairn's API beyond those JAX-RS names. */
public final class MediaTypes {

    public static final String GEO_JSON = "application/geo+json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private MediaTypes() {
    }
}
