package org.cairn.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.db.SessionQueries;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Records and changes the organisations of the programme. */
@ApplicationScoped
public class OrganisationService {

    /**
     * Ids found to exist. Organisations are never deleted, so one found stays found, and a field
     * report's ten records of one organisation ask the database once; unknown ids are always asked.
     */
    private static final Set<UUID> KNOWN = ConcurrentHashMap.newKeySet();

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject Caller caller;

    public List<OrganisationData> list() {
        return Organisation.<Organisation>listAll(Sort.by("name")).stream().map(OrganisationData::of).toList();
    }

    public OrganisationData get(UUID id) {
        return OrganisationData.of(find(id));
    }

    /** Whether an organisation with this id exists; other items check their references with it. */
    public static boolean exists(UUID id) {
        if (id == null) {
            return false;
        }
        if (KNOWN.contains(id)) {
            return true;
        }
        // Asked once for every record checked: loading the whole audited entity cost more than the rest of a check.
        boolean found = SessionQueries.first(Organisation.getEntityManager(), "SELECT 1 FROM organisation WHERE id = ?",
                id, row -> true).isPresent();
        if (found) {
            KNOWN.add(id);
        }
        return found;
    }

    @Transactional
    public OrganisationData create(JsonNode body) {
        OrganisationData in = check(bodies.convert(body, OrganisationData.class));
        UUID id = in.id != null ? in.id : UUID.randomUUID();
        if (Organisation.findById(id) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Organisation " + id + " already exists.");
        }
        refuseDuplicates(in, id);
        Organisation organisation = new Organisation();
        organisation.id = id;
        apply(in, organisation);
        organisation.recordCreation(caller.subject(), Clock.now());
        organisation.persistAndFlush();
        return OrganisationData.of(organisation);
    }

    @Transactional
    public OrganisationData replace(UUID id, String ifMatch, JsonNode body) {
        Organisation organisation = Records.lockedForChange(Organisation.class, id, ifMatch, "organisation");
        OrganisationData in = check(bodies.convert(body, OrganisationData.class));
        Records.requireSameId(in.id, id);
        refuseDuplicates(in, id);
        keepSuspensions(in, organisation);
        apply(in, organisation);
        organisation.recordChange(caller.subject(), Clock.now());
        organisation.flush();
        return OrganisationData.of(organisation);
    }

    private static void apply(OrganisationData in, Organisation organisation) {
        organisation.name = in.name.trim();
        organisation.acronym = in.acronym;
        organisation.type = in.type;
        OrganisationData.Accreditation accreditation = in.accreditation != null ? in.accreditation
                : new OrganisationData.Accreditation();
        organisation.accreditedActivityTypes = new ArrayList<>(accreditation.activityTypes == null ? List.of()
                : accreditation.activityTypes);
        organisation.accreditationValidUntil = accreditation.validUntil;
        // A type no longer accredited has nothing left to suspend.
        organisation.suspendedActivityTypes.retainAll(organisation.accreditedActivityTypes);
        if (organisation.suspendedActivityTypes.isEmpty()) {
            organisation.suspendedOn = null;
            organisation.suspensionReason = null;
        }
        OrganisationData.Contact contact = in.contact != null ? in.contact : new OrganisationData.Contact();
        organisation.contactName = contact.name;
        organisation.contactEmail = contact.email;
        organisation.contactPhone = contact.phone;
    }

    private OrganisationData check(OrganisationData in) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, in, errors);
        if (in.accreditation != null) {
            Violations.noNulls(in.accreditation.activityTypes, "accreditation.activityTypes", errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return in;
    }

    /** Suspends some accredited activity types, from a day, for a reason: a quality manager's decision. */
    @Transactional
    public OrganisationData suspend(UUID id, String ifMatch, JsonNode body) {
        Organisation organisation = lockedForChange(id, ifMatch);
        AccreditationSuspension in = bodies.convert(body, AccreditationSuspension.class);
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, in, errors);
        Violations.noNulls(in.activityTypes, "activityTypes", errors);
        if (in.activityTypes != null) {
            for (int i = 0; i < in.activityTypes.size(); i++) {
                ActivityType type = in.activityTypes.get(i);
                if (type != null && !organisation.accreditedActivityTypes.contains(type)) {
                    errors.add(new FieldError("activityTypes[" + i + "]", "is not accredited: nothing to suspend"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.refusal(errors);
        }
        organisation.suspendedActivityTypes = new ArrayList<>(new LinkedHashSet<>(in.activityTypes));
        organisation.suspendedOn = in.since;
        organisation.suspensionReason = in.reason;
        organisation.recordChange(caller.subject(), Clock.now());
        organisation.flush();
        return OrganisationData.of(organisation);
    }

    /** Lifts every suspension: the accreditation applies again as granted. */
    @Transactional
    public OrganisationData lift(UUID id, String ifMatch) {
        Organisation organisation = lockedForChange(id, ifMatch);
        organisation.suspendedActivityTypes = new ArrayList<>();
        organisation.suspendedOn = null;
        organisation.suspensionReason = null;
        organisation.recordChange(caller.subject(), Clock.now());
        organisation.flush();
        return OrganisationData.of(organisation);
    }

    private static Organisation lockedForChange(UUID id, String ifMatch) {
        find(id);
        return Records.lockedForChange(Organisation.class, id, ifMatch, "organisation");
    }

    /**
     * Dropping a suspended type from the accreditation would lift its suspension, which is a
     * quality manager's decision: a data manager who keeps the register may not make it by the way.
     */
    private void keepSuspensions(OrganisationData in, Organisation organisation) {
        List<ActivityType> kept = in.accreditation == null || in.accreditation.activityTypes == null ? List.of()
                : in.accreditation.activityTypes;
        List<ActivityType> dropped = organisation.suspendedActivityTypes.stream()
                .filter(type -> !kept.contains(type)).toList();
        if (!dropped.isEmpty() && !caller.may(Access.WRITE_QUALITY)) {
            throw new ProblemException(ProblemType.CONFLICT, organisation.name + " is suspended for " + dropped
                    + "; a quality manager lifts the suspension before the accreditation changes.");
        }
    }

    /** Two organisations of one name or one acronym would be one organisation recorded twice. */
    private static void refuseDuplicates(OrganisationData in, UUID id) {
        if (Organisation.count("lower(name) = lower(?1) and id <> ?2", in.name.trim(), id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "An organisation of this name exists already.");
        }
        if (in.acronym != null && Organisation.count("acronym = ?1 and id <> ?2", in.acronym, id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "An organisation with this acronym exists already.");
        }
    }

    private static Organisation find(UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw ProblemException.notFound("organisation", id);
        }
        return organisation;
    }
}
