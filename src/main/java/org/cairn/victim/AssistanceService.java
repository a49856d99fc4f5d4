package org.cairn.victim;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.organisation.OrganisationService;
import org.cairn.security.Caller;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;

/** Needs and services of victim assistance, for the officers who follow survivors. */
@ApplicationScoped
public class AssistanceService {

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject ContentDigest digest;
    @Inject CasualtyService casualties;
    @Inject Caller caller;

    /** What a write did, and the record as stored. */
    public record Written(AssistanceData assistance, boolean created) {
    }

    public List<AssistanceData> of(UUID casualtyId) {
        casualties.visible(casualtyId);
        return Assistance.<Assistance>list("casualtyId = ?1 and deletedAt is null", Sort.by("createdAt").and("id"),
                casualtyId).stream().map(AssistanceData::of).toList();
    }

    public AssistanceData get(UUID id) {
        return AssistanceData.of(find(id));
    }

    @Transactional
    public Written create(UUID casualtyId, JsonNode body) {
        casualties.visible(casualtyId);
        AssistanceData in = check(bodies.convert(body, AssistanceData.class));
        String requestDigest = digest.of(in);
        if (in.id != null && Assistance.CREATION.replayed(in.id, requestDigest)) {
            Assistance existing = Assistance.findById(in.id);
            if (!existing.casualtyId.equals(casualtyId)) {
                throw Assistance.CREATION.conflict(in.id);
            }
            return new Written(AssistanceData.of(existing), false);
        }
        Instant now = Clock.now();
        Assistance assistance = new Assistance();
        assistance.id = in.id != null ? in.id : UUID.randomUUID();
        assistance.casualtyId = casualtyId;
        apply(in, assistance);
        assistance.creationDigest = requestDigest;
        assistance.recordCreation(caller.subject(), now);
        assistance.persistAndFlush();
        Assistance.getEntityManager().refresh(assistance);
        return new Written(AssistanceData.of(assistance), true);
    }

    @Transactional
    public AssistanceData replace(UUID id, String ifMatch, JsonNode body) {
        find(id);
        Assistance assistance = Records.lockedForChange(Assistance.class, id, ifMatch, "assistance record");
        AssistanceData in = check(bodies.convert(body, AssistanceData.class));
        Records.requireSameId(in.id, id);
        apply(in, assistance);
        assistance.recordChange(caller.subject(), Clock.now());
        assistance.flush();
        return AssistanceData.of(assistance);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        find(id);
        Assistance assistance = Records.lockedForChange(Assistance.class, id, ifMatch, "assistance record");
        Instant now = Clock.now();
        assistance.recordDeletion(caller.subject(), now);
    }

    private Assistance find(UUID id) {
        Assistance assistance = Assistance.findById(id);
        if (assistance == null || assistance.isDeleted()) {
            throw ProblemException.notFound("assistance record", id);
        }
        casualties.visible(assistance.casualtyId);
        return assistance;
    }

    private static void apply(AssistanceData in, Assistance assistance) {
        assistance.recipient = in.recipient != null ? in.recipient : AssistanceRecipient.CASUALTY;
        assistance.relation = in.relation;
        assistance.type = in.type;
        assistance.status = in.status;
        assistance.providerOrganisationId = in.providerOrganisationId;
        assistance.referredTo = in.referredTo;
        assistance.neededOn = in.neededOn;
        assistance.referredOn = in.referredOn;
        assistance.startedOn = in.startedOn;
        assistance.completedOn = in.completedOn;
        assistance.notes = in.notes;
    }

    private AssistanceData check(AssistanceData in) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, in, errors);
        if (in.providerOrganisationId != null && !OrganisationService.exists(in.providerOrganisationId)) {
            errors.add(new FieldError("providerOrganisationId", "no organisation with this id"));
        }
        if (in.startedOn != null && in.completedOn != null && in.completedOn.isBefore(in.startedOn)) {
            errors.add(new FieldError("completedOn", "is before startedOn"));
        }
        if (in.relation != null && in.recipient != AssistanceRecipient.INDIRECT_VICTIM) {
            errors.add(new FieldError("relation", "is recorded for an indirect victim only"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return in;
    }
}
