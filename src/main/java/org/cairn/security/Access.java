package org.cairn.security;

import static org.cairn.security.Role.ADMIN;
import static org.cairn.security.Role.DATA_MANAGER;
import static org.cairn.security.Role.FIELD_SURVEYOR;
import static org.cairn.security.Role.OPERATOR;
import static org.cairn.security.Role.PARTNER;
import static org.cairn.security.Role.QUALITY_MANAGER;
import static org.cairn.security.Role.VICTIM_ASSISTANCE;
import static org.cairn.security.Role.VIEWER;

import java.util.EnumSet;
import java.util.Set;
import org.cairn.config.CairnConfig;

/**
 * What an operation does, and which roles may do it: the one table of authorisation rules. Every
 * resource method names its access with {@link Requires}; a method that names none is refused.
 */
public enum Access {
    /** Landing page, conformance, API definitions, collection lists: open to anyone, credentials or not. */
    READ_METADATA(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER, ADMIN),
    READ_HAZARD_AREAS(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER,
            ADMIN),
    WRITE_HAZARD_AREAS(DATA_MANAGER, ADMIN),
    /** Histories name the people who made each change: not for partner systems outside the authority. */
    READ_HISTORY(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, QUALITY_MANAGER, ADMIN),
    /** Organisations and the ordnance catalogue: everyone reads them, the authority keeps them. */
    READ_REFERENCE_DATA(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER,
            ADMIN),
    WRITE_REFERENCE_DATA(DATA_MANAGER, ADMIN),
    READ_ACTIVITIES(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER, ADMIN),
    /** Operators only for their own organisation's activities: the services check that. */
    WRITE_ACTIVITIES(OPERATOR, DATA_MANAGER, ADMIN),
    VOID_LAND_RELEASE(DATA_MANAGER, ADMIN),
    READ_ACCIDENTS(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER, ADMIN),
    /** Casualties are further filtered by the consent each one gave; the services apply it. */
    READ_CASUALTIES(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER, ADMIN),
    WRITE_VICTIM_DATA(DATA_MANAGER, VICTIM_ASSISTANCE, ADMIN),
    /** Histories of accidents and casualties hold exact places, ages and injuries. */
    READ_SENSITIVE_HISTORY(VICTIM_ASSISTANCE, ADMIN),
    PERSONAL_DATA(VICTIM_ASSISTANCE, ADMIN),
    ASSISTANCE(VICTIM_ASSISTANCE, ADMIN),
    /**
     * Field surveyors their own organisation's reports only: the service checks that. Quality managers
     * report their monitoring visits from the field apps too.
     */
    SUBMIT_FIELD_REPORTS(FIELD_SURVEYOR, DATA_MANAGER, QUALITY_MANAGER, ADMIN),
    READ_FIELD_REPORTS(FIELD_SURVEYOR, DATA_MANAGER, QUALITY_MANAGER, ADMIN),
    APPROVE_FIELD_REPORTS(DATA_MANAGER, ADMIN),
    READ_STATISTICS(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER, ADMIN),
    /** The change feed: each entry is filtered further by the record's own rules. */
    READ_CHANGES(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER, ADMIN),
    MANAGE_API_KEYS(ADMIN),
    READ_RISK_EDUCATION(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER,
            ADMIN),
    /** Operators only for their own organisation's sessions and campaigns: the services check that. */
    WRITE_RISK_EDUCATION(OPERATOR, DATA_MANAGER, ADMIN),
    /**
     * Monitoring visits and inspections judge the organisations at work: the authority's business,
     * read by the people who act on them, not by partners, viewers or the operators among each other.
     */
    READ_QUALITY(DATA_MANAGER, QUALITY_MANAGER, ADMIN),
    /**
     * Inspectors are not data managers: who judges the work should not also be who keeps, approves
     * and corrects its records (IMAS 07.40 asks monitoring to be independent).
     */
    WRITE_QUALITY(QUALITY_MANAGER, ADMIN),
    /** How to sign in, and the development sign-in where it is on: before anyone has credentials. */
    SIGN_IN(VIEWER, FIELD_SURVEYOR, OPERATOR, DATA_MANAGER, VICTIM_ASSISTANCE, PARTNER, QUALITY_MANAGER, ADMIN);

    private final Set<Role> roles;

    Access(Role... roles) {
        this.roles = EnumSet.of(roles[0], roles);
    }

    public boolean grantedToAny(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    /** Whether callers without credentials may do this, as the authority configured what the public sees. */
    public boolean openedBy(CairnConfig.PublicRead publicRead) {
        return this == READ_METADATA || this == SIGN_IN
                || publicRead == CairnConfig.PublicRead.HAZARD_AREAS && this == READ_HAZARD_AREAS;
    }
}
