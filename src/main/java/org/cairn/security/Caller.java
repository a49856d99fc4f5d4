package org.cairn.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.cairn.config.CairnConfig;
import org.cairn.web.Uuids;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making the request: subject, organisation, roles and the client that sent it, from a
 * bearer token or an API key alike. Work Cairn does on its own (demo data at start) is "system".
 */
@RequestScoped
public class Caller {

    static final String ORGANISATION_ATTRIBUTE = "cairn.organisation";
    static final String CLIENT_ATTRIBUTE = "cairn.client";
    public static final String SYSTEM = "system";
    private static final UUID NO_ORGANISATION = new UUID(0, 0);

    private final SecurityIdentity identity;
    private final String organisationClaim;
    private final CairnConfig.PublicRead publicRead;
    /** A role lent for a piece of work (see {@link #checkingForApprover}, {@link #asSystem}), or null. */
    private Role lent;
    /** The roles its credentials give, read once: a request asks for them many times. */
    private Set<Role> ownRoles;

    Caller(SecurityIdentity identity, CallerSettings settings) {
        this.identity = identity;
        this.organisationClaim = settings.organisationClaim;
        this.publicRead = settings.publicRead;
    }

    /** Whether the caller may do this: by its roles, or without credentials when the authority opened it. */
    public boolean may(Access access) {
        return identity.isAnonymous() ? access.openedBy(publicRead) : access.grantedToAny(roles());
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /**
     * Who acts, as records and histories name them: the token's subject, not its user name or
     * e-mail (a principal's name), which would put staff identities in front of partners; the
     * authority's identity provider maps a subject back to a person.
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return SYSTEM;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** The organisation the caller acts for, as its credentials name it (an organisation id). */
    public Optional<String> organisation() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim(organisationClaim)).map(Object::toString);
        }
        return Optional.ofNullable(identity.<String>getAttribute(ORGANISATION_ATTRIBUTE));
    }

    /** The software that sent the request: the token's OAuth client, or the API key. */
    public String client() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object client = token.getClaim("azp");
            if (client == null) {
                client = token.getClaim("client_id");
            }
            return client != null ? client.toString() : "token:" + token.getClaim(Claims.jti.name());
        }
        String apiKey = identity.getAttribute(CLIENT_ATTRIBUTE);
        return apiKey != null ? apiKey : SYSTEM;
    }

    /** The organisation as an id; absent when the credentials name none or name it otherwise. */
    public Optional<UUID> organisationId() {
        return organisation().flatMap(Uuids::parse);
    }

    public Set<Role> roles() {
        Set<Role> roles = ownRoles();
        if (lent != null) {
            roles.add(lent);
        }
        return roles;
    }

    /**
     * Runs work with a data manager's right to write, but seeing only what the caller itself sees:
     * how the items of a field report are checked when a field team submits it, so that each one
     * meets the rules its approver's write will meet. Only for work that is rolled back.
     */
    public <T> T checkingForApprover(Supplier<T> work) {
        return lending(Role.DATA_MANAGER, work);
    }

    /**
     * Runs Cairn's own work, such as loading the demo data at start, with an administrator's right
     * to write through the same services and checks as any client. Never on a request's behalf.
     */
    public <T> T asSystem(Supplier<T> work) {
        return lending(Role.ADMIN, work);
    }

    private <T> T lending(Role role, Supplier<T> work) {
        Role before = lent;
        lent = role;
        try {
            return work.get();
        } finally {
            lent = before;
        }
    }

    private Set<Role> ownRoles() {
        if (ownRoles == null) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            identity.getRoles().forEach(claim -> Role.fromClaim(claim).ifPresent(roles::add));
            ownRoles = roles;
        }
        return EnumSet.copyOf(ownRoles);
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** Accidents and casualties are recorded by the authority's data managers and victim assistance officers. */
    public boolean mayRecordVictimData() {
        return has(Role.DATA_MANAGER) || has(Role.VICTIM_ASSISTANCE) || has(Role.ADMIN);
    }

    /**
     * The sensitive-data permission: exact accident places and times, ages and injuries, and
     * victims' personal data, for victim assistance officers and administrators only.
     */
    public boolean hasSensitiveDataPermission() {
        return has(Role.VICTIM_ASSISTANCE) || has(Role.ADMIN);
    }

    /** Restricted fields (landowners) are for the national authority's data managers and administrators. */
    public boolean seesRestricted() {
        return has(Role.DATA_MANAGER) || has(Role.ADMIN);
    }

    /**
     * A field surveyor reads only its own organisation's records, unless another of its roles
     * reads everything; the answer is the organisation it is confined to (one that matches no
     * record when its credentials name none).
     */
    public Optional<UUID> confinedToOrganisation() {
        Set<Role> roles = ownRoles();
        if (roles.contains(Role.FIELD_SURVEYOR) && roles.size() == 1) {
            return Optional.of(organisationId().orElse(NO_ORGANISATION));
        }
        return Optional.empty();
    }

    /**
     * Whether the caller may change a record of this organisation: the authority's data managers
     * and administrators any, operators their own organisation's.
     */
    public boolean mayChangeRecordsOf(UUID organisationId) {
        if (has(Role.DATA_MANAGER) || has(Role.ADMIN)) {
            return true;
        }
        return has(Role.OPERATOR) && organisationId != null && organisationId().filter(organisationId::equals).isPresent();
    }

    public FeatureAccess featureAccess() {
        return new FeatureAccess(confinedToOrganisation().orElse(null), seesRestricted(),
                hasSensitiveDataPermission());
    }
}
