package org.cairn.changes;

import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** The query of a poll: where to go on from, which collections, how many entries, whether with items. */
record ChangeRequest(ChangeCursor after, Set<String> collections, int limit, boolean withItems) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final Set<String> PARAMETERS = Set.of("after", "collections", "limit", "include");

    static ChangeRequest parse(UriInfo uri, Set<String> known) {
        Map<String, List<String>> parameters = uri.getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!PARAMETERS.contains(parameter.getKey())) {
                throw invalid("Unknown query parameter " + Names.shown(parameter.getKey())
                        + "; the feed accepts after, "
                        + "collections, limit and include.");
            }
            if (parameter.getValue().size() > 1) {
                throw invalid("Parameter " + parameter.getKey() + " may be given once.");
            }
        }
        String after = single(parameters, "after");
        return new ChangeRequest(after == null ? ChangeCursor.START : ChangeCursor.parse(after),
                collections(single(parameters, "collections"), known), limit(single(parameters, "limit")),
                include(single(parameters, "include")));
    }

    private static Set<String> collections(String value, Set<String> known) {
        if (value == null) {
            return known;
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(value.split(",")));
        for (String collection : wanted) {
            if (!known.contains(collection)) {
                throw invalid("Parameter collections names a collection the feed does not carry; it carries "
                        + String.join(", ", known) + ".");
            }
        }
        return wanted;
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1) {
            throw invalid("Parameter limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return Math.min(limit, MAX_LIMIT);
    }

    private static boolean include(String value) {
        if (value == null) {
            return false;
        }
        if (value.equals("item")) {
            return true;
        }
        throw invalid("Parameter include takes one value, item.");
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
    }
}
