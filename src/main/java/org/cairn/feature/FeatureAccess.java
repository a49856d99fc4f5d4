package org.cairn.feature;

import java.util.UUID;

/**
 * What a caller may read of a collection.
 *
 * @param organisation when set, only records of this organisation exist for the caller
 * @param restricted   whether restricted properties (landowners) are shown rather than withheld
 */
public record FeatureAccess(UUID organisation, boolean restricted) {

    /** Everything, for Cairn's own reads. */
    public static final FeatureAccess ALL = new FeatureAccess(null, true);
}
