package org.cairn.feature;

/** The database failed while features were read. */
public class FeatureReadException extends RuntimeException {

    public FeatureReadException(Throwable cause) {
        super("Reading features failed", cause);
    }
}
