package org.cairn.feature;

import java.util.List;

/**
 * A list filter named after a property ({@code status=OPEN,CLOSED}). It turns the parameter's
 * values into a condition with bound parameters, or refuses them with a 400.
 */
public interface FeatureFilter {

    /** Appends {@code AND <condition>} to the statement; {@code parameter} names the filter in errors. */
    void apply(String parameter, List<String> values, SqlStatement where);

    /** What the parameter accepts, for error messages and the API description. */
    String describe();

    /** A value the API description shows. */
    String example();
}
