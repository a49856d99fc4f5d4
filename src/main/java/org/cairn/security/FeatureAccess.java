package org.cairn.security;

import java.util.UUID;

/**
 * What a caller may read of a collection.
 *
 * @param organisation when set, only records of this organisation exist for the caller
 * @param restricted   whether restricted properties (landowners, what ammunition stores hold, how IEDs
 *                     were made) are shown rather than withheld
 * @param sensitive    whether the caller holds the sensitive-data permission (victims' data)
 */
public record FeatureAccess(UUID organisation, boolean restricted, boolean sensitive) {

    /** Everything, for Cairn's own reads. */
    public static final FeatureAccess ALL = new FeatureAccess(null, true, true);
}
