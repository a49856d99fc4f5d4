package org.cairn.activity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.feature.FeaturePatches;
import org.cairn.feature.Written;
import org.cairn.security.Caller;
import org.cairn.sync.ContentDigest;
import org.cairn.web.JsonBodies;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Creates, changes and deletes activities, each in one transaction. */
@ApplicationScoped
public class ActivityService {

    @Inject JsonBodies bodies;
    @Inject ActivityChecks checks;
    @Inject ContentDigest digest;
    @Inject FeaturePatches patches;
    @Inject Caller caller;

    @Transactional
    public Written create(JsonNode body) {
        ActivityFeature input = bodies.convert(body, ActivityFeature.class);
        CheckedActivity checked = checks.check(input);
        requireMayChange(input.properties.implementingOrganisationId);
        String requestDigest = digest.of(input);
        if (input.id != null && Activity.CREATION.replayed(input.id, requestDigest)) {
            return new Written(input.id, false, List.of());
        }
        Instant now = Clock.now();
        Activity activity = new Activity();
        activity.id = input.id != null ? input.id : UUID.randomUUID();
        ActivityMapping.apply(checked, activity, now);
        activity.creationDigest = requestDigest;
        activity.recordCreation(caller.subject(), now);
        activity.persistAndFlush();
        return new Written(activity.id, true, checked.warnings());
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        Activity activity = lockForChange(id, ifMatch);
        return replace(activity, bodies.convert(body, ActivityFeature.class));
    }

    /** A merge patch applies to the feature as GET shows it; the result must be a valid activity. */
    @Transactional
    public Written patch(UUID id, String ifMatch, JsonNode patch) {
        Activity activity = lockForChange(id, ifMatch);
        return replace(activity, patches.patched(ActivityFeatures.TYPE, id, patch, ActivityFeature.class));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Activity activity = lockForChange(id, ifMatch);
        if (LandRelease.count("activityId = ?1 and voidedAt is null", id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Activity " + activity.localId
                    + " has released land; void its land release records before deleting it.");
        }
        Instant now = Clock.now();
        activity.recordDeletion(caller.subject(), now);
    }

    /** The activity, locked for a change the caller may make to it. */
    Activity lockForChange(UUID id, String ifMatch) {
        Activity activity = Activity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null || activity.isDeleted()
                || !visible(activity.implementingOrganisationId)) {
            throw ProblemException.notFound("activity", id);
        }
        requireMayChange(activity.implementingOrganisationId);
        Preconditions.checkIfMatch(ifMatch, activity.version);
        return activity;
    }

    private Written replace(Activity activity, ActivityFeature input) {
        Records.requireSameId(input.id, activity.id);
        CheckedActivity checked = checks.check(input);
        requireMayChange(input.properties.implementingOrganisationId);
        ActivityStatus wanted = input.properties.status;
        if (wanted != null && wanted != activity.status && !activity.status.next().contains(wanted)) {
            throw new ProblemException(ProblemType.CONFLICT, "Activity " + activity.localId + " is " + activity.status
                    + " and cannot move to " + wanted + "; it can move to " + describe(activity.status) + ".")
                    .with("allowedStatuses", activity.status.next());
        }
        Instant now = Clock.now();
        ActivityMapping.apply(checked, activity, now);
        activity.recordChange(caller.subject(), now);
        activity.flush();
        return new Written(activity.id, false, checked.warnings());
    }

    private boolean visible(UUID organisationId) {
        return caller.confinedToOrganisation().map(organisationId::equals).orElse(true);
    }

    private void requireMayChange(UUID organisationId) {
        if (!caller.mayChangeRecordsOf(organisationId)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Operators change only their own organisation's activities.");
        }
    }

    private static String describe(ActivityStatus status) {
        return status.next().isEmpty() ? "no other status"
                : String.join(", ", status.next().stream().map(Enum::name).toList());
    }
}
