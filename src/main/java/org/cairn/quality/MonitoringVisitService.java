package org.cairn.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.activity.Activity;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.feature.FeaturePatches;
import org.cairn.feature.Written;
import org.cairn.organisation.OrganisationService;
import org.cairn.security.Caller;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.FieldError;
import org.cairn.validation.InformationDates;
import org.cairn.validation.Violations;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;

/** Records monitoring visits and follows their findings to closure, each change in one transaction. */
@ApplicationScoped
public class MonitoringVisitService {

    @Inject JsonBodies bodies;
    @Inject ObjectMapper mapper;
    @Inject Validator validator;
    @Inject ContentDigest digest;
    @Inject FeaturePatches patches;
    @Inject Caller caller;

    @Transactional
    public Written create(JsonNode body) {
        MonitoringVisitFeature input = bodies.convert(body, MonitoringVisitFeature.class);
        check(input);
        String requestDigest = digest.of(input.properties);
        if (input.id != null && MonitoringVisit.CREATION.replayed(input.id, requestDigest)) {
            return new Written(input.id, false, List.of());
        }
        Instant now = Clock.now();
        MonitoringVisit visit = new MonitoringVisit();
        visit.id = input.id != null ? input.id : UUID.randomUUID();
        apply(input.properties, visit);
        visit.creationDigest = requestDigest;
        visit.recordCreation(caller.subject(), now);
        visit.persistAndFlush();
        return new Written(visit.id, true, List.of());
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        return replace(lockForChange(id, ifMatch), bodies.convert(body, MonitoringVisitFeature.class));
    }

    /** A merge patch replaces a list whole (RFC 7396): closing an action sends the findings with it closed. */
    @Transactional
    public Written patch(UUID id, String ifMatch, JsonNode patch) {
        MonitoringVisit visit = lockForChange(id, ifMatch);
        return replace(visit, patches.patched(MonitoringVisitFeatures.TYPE, id, patch, MonitoringVisitFeature.class));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        lockForChange(id, ifMatch).recordDeletion(caller.subject(), Clock.now());
    }

    private Written replace(MonitoringVisit visit, MonitoringVisitFeature input) {
        Records.requireSameId(input.id, visit.id);
        check(input);
        apply(input.properties, visit);
        visit.recordChange(caller.subject(), Clock.now());
        visit.flush();
        return new Written(visit.id, false, List.of());
    }

    private static MonitoringVisit lockForChange(UUID id, String ifMatch) {
        MonitoringVisit visit = MonitoringVisit.findById(id);
        if (visit == null || visit.isDeleted()) {
            throw ProblemException.notFound("monitoring visit", id);
        }
        return Records.lockedForChange(MonitoringVisit.class, id, ifMatch, "monitoring visit");
    }

    private void apply(MonitoringVisitProperties in, MonitoringVisit visit) {
        visit.activityId = in.activityId;
        visit.visitDate = in.date;
        visit.inspector = in.inspector;
        visit.checklist = json(in.checklist);
        visit.findings = json(in.findings);
        visit.summary = in.summary;
        visit.reportingOrganisationId = in.reportingOrganisationId;
        visit.dateOfInformation = in.dateOfInformation;
    }

    private String json(List<?> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Checked answers are always writable", e);
        }
    }

    private void check(MonitoringVisitFeature input) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, input, errors);
        MonitoringVisitProperties in = input.properties;
        if (in != null) {
            if (in.checklist == null) {
                in.checklist = List.of();
            }
            if (in.findings == null) {
                in.findings = List.of();
            }
            Violations.noNulls(in.checklist, "properties.checklist", errors);
            Violations.noNulls(in.findings, "properties.findings", errors);
            if (in.activityId != null) {
                Activity activity = Activity.findById(in.activityId);
                if (activity == null || activity.isDeleted()) {
                    errors.add(new FieldError("properties.activityId", "no activity with this id"));
                }
            }
            for (int i = 0; i < in.findings.size(); i++) {
                checkFinding(in.findings.get(i), in, "properties.findings[" + i + "].", errors);
            }
            InformationDates.notBefore("visit", in.date, in.dateOfInformation, "properties.dateOfInformation",
                    errors);
            if (in.reportingOrganisationId != null && !OrganisationService.exists(in.reportingOrganisationId)) {
                errors.add(new FieldError("properties.reportingOrganisationId", "no organisation with this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.refusal(errors);
        }
    }

    /** A non-conformity names what the organisation must do and by when; nothing is put right before it is seen. */
    private static void checkFinding(Finding finding, MonitoringVisitProperties visit, String field,
            List<FieldError> errors) {
        if (finding == null || finding.severity == null) {
            return;
        }
        if (finding.severity.nonConformity()) {
            if (finding.correctiveAction == null || finding.correctiveAction.isBlank()) {
                errors.add(new FieldError(field + "correctiveAction", "is required for a non-conformity"));
            }
            if (finding.dueDate == null) {
                errors.add(new FieldError(field + "dueDate", "is required for a non-conformity"));
            }
        }
        if (visit.date != null && finding.dueDate != null && finding.dueDate.isBefore(visit.date)) {
            errors.add(new FieldError(field + "dueDate", "is before the visit"));
        }
        if (visit.date != null && finding.closedOn != null && finding.closedOn.isBefore(visit.date)) {
            errors.add(new FieldError(field + "closedOn", "is before the visit"));
        }
        if (finding.closedOn == null && finding.closureNote != null) {
            errors.add(new FieldError(field + "closureNote", "is for a closed action: give closedOn"));
        }
    }
}
