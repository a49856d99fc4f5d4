package org.cairn.victim;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.feature.Cursor;
import org.cairn.organisation.OrganisationService;
import org.cairn.security.Caller;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.FieldError;
import org.cairn.validation.InformationDates;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;

/** Records casualties and reads them as each caller may see them. */
@ApplicationScoped
public class CasualtyService {

    private static final String ORDER = "updatedAt";

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject ContentDigest digest;
    @Inject AccidentService accidents;
    @Inject PersonalDataErasure erasure;
    @Inject Caller caller;

    /** What a write did, and the casualty as its author sees it. */
    public record Written(CasualtyData casualty, boolean created) {
    }

    /** A page of casualties, and the cursor of the next one if there is more. */
    public record Page(List<CasualtyData> items, String next) {
    }

    /**
     * In the order they last changed, each as the caller may see it. Read through Hibernate, not the
     * feature path: a casualty has no geometry, and its injuries are sealed, opened here and never in SQL.
     */
    public Page list(CasualtyFilter filter) {
        int limit = filter.limit();
        StringBuilder query = new StringBuilder("deletedAt is null and ")
                .append(CasualtyAudience.query(caller));
        Parameters parameters = new Parameters();
        caller.confinedToOrganisation().ifPresent(organisation -> {
            query.append(" and reportingOrganisationId = :organisation");
            parameters.and("organisation", organisation);
        });
        filter.apply(query, parameters);
        filter.cursor().ifPresent(cursor -> {
            Cursor after = Cursor.decode(cursor, ORDER);
            query.append(" and (updatedAt > :after or (updatedAt = :after and id > :afterId))");
            parameters.and("after", after.instant()).and("afterId", after.id());
        });
        query.append(" order by updatedAt, id");
        List<Casualty> rows = Casualty.find(query.toString(), parameters).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Casualty> page = more ? rows.subList(0, limit) : rows;
        Casualty last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more ? new Cursor(ORDER, last.updatedAt.toString(), last.id).encode() : null;
        boolean sensitive = caller.hasSensitiveDataPermission();
        return new Page(page.stream().map(casualty -> CasualtyData.of(casualty, sensitive)).toList(), next);
    }

    public CasualtyData get(UUID id) {
        return CasualtyData.of(visible(id), caller.hasSensitiveDataPermission());
    }

    /** Those of these casualties the caller may see and that are not deleted, in one query, by id. */
    public Map<UUID, CasualtyData> visibleAmong(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        StringBuilder query = new StringBuilder("id in :ids and deletedAt is null and ")
                .append(CasualtyAudience.query(caller));
        Parameters parameters = Parameters.with("ids", ids);
        caller.confinedToOrganisation().ifPresent(organisation -> {
            query.append(" and reportingOrganisationId = :organisation");
            parameters.and("organisation", organisation);
        });
        boolean sensitive = caller.hasSensitiveDataPermission();
        Map<UUID, CasualtyData> visible = new HashMap<>();
        Casualty.<Casualty>list(query.toString(), parameters)
                .forEach(casualty -> visible.put(casualty.id, CasualtyData.of(casualty, sensitive)));
        return visible;
    }

    /** The casualty, if it exists and the caller may see it; otherwise it does not exist for the caller. */
    public Casualty visible(UUID id) {
        Casualty casualty = reachable(id);
        if (casualty.isDeleted()) {
            throw ProblemException.notFound("casualty", id);
        }
        return casualty;
    }

    /** The casualty, deleted or not, if it exists and the caller may see it. */
    Casualty reachable(UUID id) {
        Casualty casualty = Casualty.<Casualty>find("id = ?1 and " + CasualtyAudience.query(caller), id).firstResult();
        boolean visible = casualty != null
                && caller.confinedToOrganisation().map(casualty.reportingOrganisationId::equals).orElse(true);
        if (!visible) {
            throw ProblemException.notFound("casualty", id);
        }
        return casualty;
    }

    @Transactional
    public Written create(JsonNode body) {
        CasualtyData in = check(bodies.convert(body, CasualtyData.class));
        String requestDigest = digest.of(in);
        if (in.id != null && Casualty.CREATION.replayed(in.id, requestDigest)) {
            return new Written(CasualtyData.of(Casualty.findById(in.id), caller.hasSensitiveDataPermission()), false);
        }
        Instant now = Clock.now();
        Casualty casualty = new Casualty();
        casualty.id = in.id != null ? in.id : UUID.randomUUID();
        apply(in, casualty);
        casualty.creationDigest = requestDigest;
        casualty.recordCreation(caller.subject(), now);
        casualty.persistAndFlush();
        Casualty.getEntityManager().refresh(casualty);
        return new Written(CasualtyData.of(casualty, caller.hasSensitiveDataPermission()), true);
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        return replace(id, ifMatch, body, caller.hasSensitiveDataPermission());
    }

    /**
     * A replacement whose author read the casualty without its sensitive fields (a change in a
     * field report, made on a tablet), whoever approves it: those fields stay as stored.
     */
    @Transactional
    public Written replaceWithoutSensitiveFields(UUID id, JsonNode body) {
        return replace(id, null, body, false);
    }

    private Written replace(UUID id, String ifMatch, JsonNode body, boolean authorReadSensitive) {
        visible(id);
        Casualty casualty = Records.lockedForChange(Casualty.class, id, ifMatch, "casualty");
        CasualtyData in = check(bodies.convert(body, CasualtyData.class));
        Records.requireSameId(in.id, id);
        if (!authorReadSensitive) {
            // Fields withheld from a caller stay as stored: what it was never shown, it cannot change or erase.
            in.ageAtAccident = casualty.ageAtAccident;
            in.injuries = casualty.injuries;
        }
        apply(in, casualty);
        casualty.recordChange(caller.subject(), Clock.now());
        casualty.flush();
        return new Written(CasualtyData.of(casualty, caller.hasSensitiveDataPermission()), false);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        visible(id);
        Casualty casualty = Records.lockedForChange(Casualty.class, id, ifMatch, "casualty");
        Instant now = Clock.now();
        casualty.recordDeletion(caller.subject(), now);
        // A record withdrawn keeps no identity: nothing could read it any more, nor erase it on request.
        erasure.erase(id);
    }

    private static void apply(CasualtyData in, Casualty casualty) {
        casualty.accidentId = in.accidentId;
        casualty.outcome = in.outcome;
        casualty.sex = in.sex;
        casualty.ageAtAccident = in.ageAtAccident;
        casualty.status = in.status;
        casualty.activityAtTime = in.activityAtTime;
        casualty.handledDeliberately = in.handledDeliberately;
        casualty.injuries = in.injuries;
        casualty.consentShareAuthorities = in.consentShareAuthorities;
        casualty.consentShareNgos = in.consentShareNgos;
        casualty.reportingOrganisationId = in.reportingOrganisationId;
        casualty.dateOfInformation = in.dateOfInformation;
    }

    private CasualtyData check(CasualtyData in) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, in, errors);
        if (in.accidentId != null) {
            try {
                Accident accident = accidents.visible(in.accidentId);
                InformationDates.notBeforeAccident(accident.accidentDate, in.dateOfInformation, "dateOfInformation",
                        errors);
            } catch (ProblemException e) {
                errors.add(new FieldError("accidentId", "no accident with this id"));
            }
        }
        if (in.reportingOrganisationId != null && !OrganisationService.exists(in.reportingOrganisationId)) {
            errors.add(new FieldError("reportingOrganisationId", "no organisation with this id"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return in;
    }
}
