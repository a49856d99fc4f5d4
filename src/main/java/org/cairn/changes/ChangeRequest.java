package org.cairn.changes;

import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cairn.web.QueryParameters;

/** The query of a poll: where to go on from, which collections, how many entries, whether with items. */
record ChangeRequest(ChangeCursor after, Set<String> collections, int limit, boolean withItems) {

    static final int MAX_LIMIT = 1000;

    static ChangeRequest parse(UriInfo uri, Set<String> known) {
        QueryParameters query = QueryParameters.read(uri, "after", "collections", "limit", "include");
        return new ChangeRequest(query.single("after").map(ChangeCursor::parse).orElse(ChangeCursor.START),
                collections(query.single("collections").orElse(null), known), query.limit(MAX_LIMIT),
                include(query.single("include").orElse(null)));
    }

    private static Set<String> collections(String value, Set<String> known) {
        if (value == null) {
            return known;
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(value.split(",")));
        for (String collection : wanted) {
            if (!known.contains(collection)) {
                throw QueryParameters.invalid("collections", "names a collection the feed does not carry; it "
                        + "carries " + String.join(", ", known));
            }
        }
        return wanted;
    }

    private static boolean include(String value) {
        if (value == null) {
            return false;
        }
        if (value.equals("item")) {
            return true;
        }
        throw QueryParameters.invalid("include", "takes one value, item");
    }
}
