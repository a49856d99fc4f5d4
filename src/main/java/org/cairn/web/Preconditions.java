package org.cairn.web;

/**
 * If-Match against an item's version. Writes without If-Match are accepted (QGIS sends none);
 * with it, a stale tag is refused with 412 and the current version.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || matches(ifMatch, currentVersion)) {
            return;
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match " + ifMatch.trim() + " does not match the current version " + currentVersion + ".")
                .with("currentVersion", currentVersion)
                .with("currentETag", etag(currentVersion));
    }

    /** If-None-Match on a GET: true when the client's copy is current. */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        return ifNoneMatch != null && matches(ifNoneMatch, currentVersion);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static boolean matches(String header, long version) {
        String current = etag(version);
        for (String tag : header.split(",")) {
            String candidate = tag.trim();
            // Weak tags compare by their opaque part: version tags are the same for both.
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
