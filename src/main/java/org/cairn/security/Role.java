package org.cairn.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles a token's {@code groups} claim or an API key may carry; src/docs/api-tour.md has the table. */
public enum Role {
    VIEWER,
    FIELD_SURVEYOR,
    OPERATOR,
    DATA_MANAGER,
    VICTIM_ASSISTANCE,
    PARTNER,
    /** The authority's inspectors: monitoring visits, inspections of released land, suspensions. */
    QUALITY_MANAGER,
    ADMIN;

    /**
     * Whether an API key may carry the role. Administrators, and victim assistance officers with
     * the sensitive-data permission, are people: a key that read names, phones and injuries would be
     * a machine doing so unseen, with a secret that outlives whoever made it.
     */
    public boolean grantableToKeys() {
        return this != ADMIN && this != VICTIM_ASSISTANCE;
    }

    /** The name in tokens and API keys, such as {@code data_manager}. */
    public String claim() {
        return name().toLowerCase();
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim().equals(claim)).findFirst();
    }
}
