package org.cairn.web;

/**
 * If-Match against an item's version. Writes without If-Match are accepted (QGIS sends none);
 * with it, a stale tag is refused with 412 and the current version.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || matches(ifMatch, currentVersion, false)) {
            return;
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match " + ifMatch.trim() + " does not match the current version " + currentVersion + ".")
                .with("currentVersion", currentVersion)
                .with("currentETag", etag(currentVersion));
    }

    /** If-None-Match on a GET: true when the client's copy is current. */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        return ifNoneMatch != null && matches(ifNoneMatch, currentVersion, true);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * RFC 9110: If-None-Match compares weakly (a W/ tag matches by its opaque part), If-Match
     * strongly (a weak tag never matches, so a write is never based on a copy that may differ).
     */
    private static boolean matches(String header, long version, boolean weak) {
        String current = etag(version);
        for (String tag : header.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                if (!weak) {
                    continue;
                }
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
