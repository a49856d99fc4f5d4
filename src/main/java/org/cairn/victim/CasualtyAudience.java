package org.cairn.victim;

import java.util.EnumSet;
import java.util.Set;
import org.cairn.security.Caller;
import org.cairn.security.Role;

/**
 * Which casualties a caller may see, by the consent each gave: to share with the authorities
 * (viewers, data managers) and with NGOs (partners, operators, field surveyors). Victim assistance
 * officers and administrators see every record.
 */
public final class CasualtyAudience {

    private static final Set<Role> AUTHORITIES = EnumSet.of(Role.VIEWER, Role.DATA_MANAGER);
    private static final Set<Role> NGOS = EnumSet.of(Role.PARTNER, Role.OPERATOR, Role.FIELD_SURVEYOR);

    private final boolean everything;
    private final boolean authorities;
    private final boolean ngos;

    CasualtyAudience(Caller caller) {
        Set<Role> roles = caller.roles();
        this.everything = caller.hasSensitiveDataPermission();
        this.authorities = roles.stream().anyMatch(AUTHORITIES::contains);
        this.ngos = roles.stream().anyMatch(NGOS::contains);
    }

    boolean sees(Casualty casualty) {
        return everything || authorities && casualty.consentShareAuthorities || ngos && casualty.consentShareNgos;
    }

    /** The same rule as an SQL condition on a casualty row of this alias, for the change feed. */
    public static String sql(Caller caller, String alias) {
        CasualtyAudience audience = new CasualtyAudience(caller);
        if (audience.everything) {
            return "true";
        }
        return "(" + (audience.authorities ? alias + ".consent_share_authorities" : "false") + " OR "
                + (audience.ngos ? alias + ".consent_share_ngos" : "false") + ")";
    }

    /** The same rule as a Panache query condition on the casualty. */
    String condition() {
        if (everything) {
            return "true";
        }
        String authorityCondition = authorities ? "consentShareAuthorities = true" : "false";
        String ngoCondition = ngos ? "consentShareNgos = true" : "false";
        return "(" + authorityCondition + " or " + ngoCondition + ")";
    }
}
