package org.cairn.ogc.cql2;

/**
 * A filter that does not parse, names an unknown property, compares incompatible types or uses what
 * Cairn does not support. The message is fit for a 400 answer: it names the character position
 * (cql2-text) or the JSON path (cql2-json) of the fault.
 */
public final class Cql2Exception extends RuntimeException {

    private final int position;

    /** @param position for cql2-text the 0-based character offset of the fault, else -1 */
    public Cql2Exception(String message, int position) {
        super(message, null, false, false);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
