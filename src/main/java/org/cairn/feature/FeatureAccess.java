package org.cairn.feature;

/**
 * What a caller may read of a collection.
 *
 * @param organisation when set, only records of this reporting organisation exist for the caller
 * @param restricted   whether restricted properties (landowners) are shown rather than withheld
 */
public record FeatureAccess(String organisation, boolean restricted) {

    /** Everything, for Cairn's own reads. */
    public static final FeatureAccess ALL = new FeatureAccess(null, true);
}
