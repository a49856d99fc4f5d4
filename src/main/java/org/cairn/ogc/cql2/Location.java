package org.cairn.ogc.cql2;

/**
 * Where in a filter a part of it was written, so that every fault names the spot to mend: a
 * character offset in cql2-text, or a JSON path such as {@code args[1].args[0]} in cql2-json.
 *
 * @param position the 0-based character offset, or -1 in JSON
 * @param path     the JSON path ("" for the whole filter), or null in text
 */
record Location(int position, String path) {

    static Location at(int position) {
        return new Location(position, null);
    }

    static Location path(String path) {
        return new Location(-1, path);
    }

    /** "at position 17", "at args[1].args[0]" or "at the top level", to sit inside a message. */
    String describe() {
        if (path == null) {
            return "at position " + position;
        }
        return path.isEmpty() ? "at the top level" : "at " + path;
    }

    Cql2Exception fault(String message) {
        return new Cql2Exception(message, position);
    }
}
