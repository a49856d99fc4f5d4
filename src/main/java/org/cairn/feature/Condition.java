package org.cairn.feature;

/** A further condition on the rows of a list, such as an OGC datetime or CQL2 filter, with its values bound. */
@FunctionalInterface
public interface Condition {

    /** Appends {@code AND <condition>} to the statement. */
    void append(SqlStatement where);
}
