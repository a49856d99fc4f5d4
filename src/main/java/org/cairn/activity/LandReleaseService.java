package org.cairn.activity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.feature.Written;
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.geo.GeometryValidity;
import org.cairn.hazard.HazardArea;
import org.cairn.security.Caller;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.validation.Warning;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Records land that an activity released from a hazard area, and voids records that were wrong.
 * Each write holds the hazard's row lock, so that teams releasing parts of one hazard at the same
 * moment are applied one after the other and the hazard's account stays whole.
 */
@ApplicationScoped
public class LandReleaseService {

    /** Activities that are under way or done may release land; planned or cancelled ones have done no work. */
    private static final Set<ActivityStatus> WORKING = EnumSet.of(ActivityStatus.IN_PROGRESS,
            ActivityStatus.SUSPENDED, ActivityStatus.COMPLETED);

    /** Clipping that removes more than this share of the submitted polygon is worth a warning. */
    private static final double CLIPPED_SHARE_WARNING = 0.01;

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject GeometryValidity validity;
    @Inject ContentDigest digest;
    @Inject HazardAccounting accounting;
    @Inject LandReleaseClipping clipping;
    @Inject EntityManager entityManager;
    @Inject Caller caller;

    @Transactional
    public Written release(UUID activityId, JsonNode body) {
        Activity activity = workingActivity(activityId);
        LandReleaseFeature input = bodies.convert(body, LandReleaseFeature.class);
        List<Warning> warnings = new ArrayList<>();
        MultiPolygon submitted = check(input, activity, warnings);
        String requestDigest = digest.of(input);
        if (input.id != null && LandRelease.CREATION.replayed(input.id, requestDigest)) {
            return new Written(input.id, false, List.of());
        }
        LandReleaseProperties in = input.properties;
        HazardArea hazard = HazardArea.findById(in.hazardAreaId, LockModeType.PESSIMISTIC_WRITE);
        if (hazard == null || hazard.isDeleted()) {
            throw ProblemException.invalid(List.of(new FieldError("properties.hazardAreaId",
                    "hazard area " + in.hazardAreaId + " was deleted")));
        }
        LandReleaseClipping.Clipped clipped = clipping.clip(submitted, hazard.id);
        if (clipped.areaM2() <= 0) {
            throw ProblemException.refusal(List.of(new FieldError("geometry", "no part of the polygon lies within "
                    + "what remains of hazard area " + hazard.localId + "; it may have been released already")));
        }
        double clippedShare = 1 - clipped.areaM2() / clipped.submittedAreaM2();
        if (clippedShare > CLIPPED_SHARE_WARNING) {
            warnings.add(Warning.of("CLIPPED", String.format(Locale.ROOT, "%.0f %% of the polygon (%.1f m²) lay "
                    + "outside what remains of hazard area %s and was not counted.", clippedShare * 100,
                    clipped.submittedAreaM2() - clipped.areaM2(), hazard.localId)));
        }
        Instant now = Clock.now();
        LandRelease release = new LandRelease();
        release.id = input.id != null ? input.id : UUID.randomUUID();
        release.activityId = activity.id;
        release.hazardAreaId = hazard.id;
        release.outcome = in.outcome;
        release.releaseDate = in.releaseDate;
        release.depthCm = in.depthCm != null ? in.depthCm : activity.clearanceDepthCm;
        release.technicalAsset = in.technicalAsset;
        release.criteria = in.criteria;
        release.completesHazard = in.completesHazard;
        release.submittedGeom = submitted;
        release.geom = clipped.geometry();
        release.creationDigest = requestDigest;
        release.recordCreation(caller.subject(), now);
        release.persist();
        entityManager.flush();
        entityManager.refresh(release);
        accounting.recompute(hazard, "Land release " + release.localId + " by " + activity.localId, now,
                caller.subject());
        return new Written(release.id, true, warnings);
    }

    /** A void record stays for the audit but no longer counts; the hazard's account is made again. */
    @Transactional
    public void voidRelease(UUID id, String reason) {
        LandRelease release = LandRelease.findById(id);
        if (release == null) {
            throw ProblemException.notFound("land release record", id);
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(List.of(new FieldError("reason", "say why the record is void")));
        }
        if (release.isVoid()) {
            throw new ProblemException(ProblemType.CONFLICT, "Land release " + release.localId + " is void already.");
        }
        HazardArea hazard = HazardArea.findById(release.hazardAreaId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Clock.now();
        release.voidedAt = now;
        release.voidedBy = caller.subject();
        release.voidReason = reason.trim();
        release.recordChange(caller.subject(), now);
        accounting.recompute(hazard, "Land release " + release.localId + " voided: " + release.voidReason, now,
                caller.subject());
    }

    private Activity workingActivity(UUID activityId) {
        Activity activity = Activity.findById(activityId);
        boolean visible = activity != null && !activity.isDeleted() && caller.confinedToOrganisation()
                .map(activity.implementingOrganisationId::equals).orElse(true);
        if (!visible) {
            throw ProblemException.notFound("activity", activityId);
        }
        if (!caller.mayChangeRecordsOf(activity.implementingOrganisationId)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Operators record land release only for their own organisation's activities.");
        }
        if (!WORKING.contains(activity.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "Activity " + activity.localId + " is " + activity.status
                    + "; land is released by activities that are in progress, suspended or completed.");
        }
        return activity;
    }

    private MultiPolygon check(LandReleaseFeature input, Activity activity, List<Warning> warnings) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, input, errors);
        MultiPolygon submitted = new GeoJsonGeometryReader(errors, warnings).readPolygonal(input.geometry, "geometry");
        LandReleaseProperties in = input.properties;
        if (in != null) {
            if (in.outcome != null && !in.outcome.activityTypes().contains(activity.type)) {
                errors.add(new FieldError("properties.outcome", "is not an outcome of a " + activity.type
                        + " activity; it comes from " + in.outcome.activityTypes()));
            }
            if (in.hazardAreaId != null && !activity.hazardAreaIds.contains(in.hazardAreaId)) {
                errors.add(new FieldError("properties.hazardAreaId",
                        "hazard area " + in.hazardAreaId + " is not one that activity " + activity.localId + " works on"));
            }
            if (in.technicalAsset != null && in.outcome != ReleaseOutcome.REDUCED) {
                errors.add(new FieldError("properties.technicalAsset", "is recorded for REDUCED land only"));
            }
            if (in.outcome == ReleaseOutcome.CLEARED && in.depthCm == null && activity.clearanceDepthCm == null) {
                errors.add(new FieldError("properties.depthCm",
                        "land is CLEARED to a depth: give it here or as the activity's clearance depth"));
            }
        }
        if (submitted != null) {
            submitted = validity.check(submitted, "geometry", errors, warnings);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.refusal(errors);
        }
        return submitted;
    }
}
