package org.cairn.victim;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairn.security.Caller;
import org.cairn.security.Role;

/**
 * Which casualties a caller may see, by the consent each gave: to share with the authorities
 * (viewers, data managers, quality managers) and with NGOs (partners, operators, field surveyors). Victim assistance
 * officers and administrators see every record. Declared once here, and rendered as SQL for the
 * change feed and as a query condition for the casualties' own reads.
 */
public final class CasualtyAudience {

    private enum Consent {
        SHARE_AUTHORITIES("consent_share_authorities", "consentShareAuthorities", Role.VIEWER, Role.DATA_MANAGER,
                Role.QUALITY_MANAGER),
        SHARE_NGOS("consent_share_ngos", "consentShareNgos", Role.PARTNER, Role.OPERATOR, Role.FIELD_SURVEYOR);

        private final String column;
        private final String field;
        private final Set<Role> roles;

        Consent(String column, String field, Role first, Role... others) {
            this.column = column;
            this.field = field;
            this.roles = EnumSet.of(first, others);
        }
    }

    private CasualtyAudience() {
    }

    /** The rule as an SQL condition on a casualty row of this alias. */
    public static String sql(Caller caller, String alias) {
        return condition(caller, consent -> alias + "." + consent.column);
    }

    /** The rule as a Panache query condition on the casualty. */
    static String query(Caller caller) {
        return condition(caller, consent -> consent.field + " = true");
    }

    private static String condition(Caller caller, Function<Consent, String> given) {
        if (caller.hasSensitiveDataPermission()) {
            return "true";
        }
        Set<Role> roles = caller.roles();
        String consents = EnumSet.allOf(Consent.class).stream()
                .filter(consent -> consent.roles.stream().anyMatch(roles::contains))
                .map(given).collect(Collectors.joining(" OR "));
        return consents.isEmpty() ? "false" : "(" + consents + ")";
    }
}
