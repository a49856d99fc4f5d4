package org.cairn.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.activity.LandRelease;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.db.SessionQueries;
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
import org.cairn.web.ProblemType;

/**
 * Records post-clearance inspections. A failure reopens the land in the same transaction, and is
 * final: the hazard area it opened is then released, or not, through the land's own workflow.
 */
@ApplicationScoped
public class PostClearanceInspectionService {

    /** Sampling measures the released area with some slack: a GPS track around a plot is a little larger. */
    private static final double SAMPLING_SLACK = 1.05;

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject ContentDigest digest;
    @Inject FeaturePatches patches;
    @Inject LandReopening reopening;
    @Inject Caller caller;

    @Transactional
    public Written create(JsonNode body) {
        PostClearanceInspectionFeature input = bodies.convert(body, PostClearanceInspectionFeature.class);
        LandRelease release = check(input);
        String requestDigest = digest.of(input.properties);
        refuseSecondFailure(input.properties, input.id);
        if (input.id != null && PostClearanceInspection.CREATION.replayed(input.id, requestDigest)) {
            return new Written(input.id, false, List.of());
        }
        Instant now = Clock.now();
        PostClearanceInspection inspection = new PostClearanceInspection();
        inspection.id = input.id != null ? input.id : UUID.randomUUID();
        apply(input.properties, inspection);
        inspection.creationDigest = requestDigest;
        inspection.recordCreation(caller.subject(), now);
        inspection.persistAndFlush();
        reopenIfFailed(inspection, release);
        return new Written(inspection.id, true, List.of());
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        return replace(lockForChange(id, ifMatch), bodies.convert(body, PostClearanceInspectionFeature.class));
    }

    @Transactional
    public Written patch(UUID id, String ifMatch, JsonNode patch) {
        PostClearanceInspection inspection = lockForChange(id, ifMatch);
        return replace(inspection, patches.patched(PostClearanceInspectionFeatures.TYPE, id, patch,
                PostClearanceInspectionFeature.class));
    }

    /** A pass recorded in error may go; a failure has reopened land, which its deletion would not close. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        PostClearanceInspection inspection = lockForChange(id, ifMatch);
        requireNotFailed(inspection);
        inspection.recordDeletion(caller.subject(), Clock.now());
    }

    private Written replace(PostClearanceInspection inspection, PostClearanceInspectionFeature input) {
        Records.requireSameId(input.id, inspection.id);
        LandRelease release = check(input);
        refuseSecondFailure(input.properties, inspection.id);
        if (inspection.result == InspectionResult.FAIL && (input.properties.result != InspectionResult.FAIL
                || !release.id.equals(inspection.landReleaseId))) {
            requireNotFailed(inspection);
        }
        apply(input.properties, inspection);
        inspection.recordChange(caller.subject(), Clock.now());
        inspection.flush();
        reopenIfFailed(inspection, release);
        return new Written(inspection.id, false, List.of());
    }

    /**
     * Land is reopened once: a second failed inspection of a release whose failure already reopened
     * it would open a second hazard area over the same ground. The release is locked, so that two
     * failures sent at once are told apart too.
     */
    private static void refuseSecondFailure(PostClearanceInspectionProperties in, UUID self) {
        if (in.result != InspectionResult.FAIL) {
            return;
        }
        LandRelease.findById(in.landReleaseId, LockModeType.PESSIMISTIC_WRITE);
        PostClearanceInspection.<PostClearanceInspection>find("landReleaseId = ?1 and result = ?2 "
                + "and deletedAt is null and id <> ?3", in.landReleaseId, InspectionResult.FAIL,
                self == null ? new UUID(0, 0) : self)
                .firstResultOptional().ifPresent(failed -> {
                    throw new ProblemException(ProblemType.CONFLICT, "Inspection " + failed.localId
                            + " already failed this land release and reopened it as a hazard area.");
                });
    }

    private void reopenIfFailed(PostClearanceInspection inspection, LandRelease release) {
        if (inspection.result == InspectionResult.FAIL && inspection.reopenedHazardAreaId == null) {
            inspection.reopenedHazardAreaId = reopening.reopen(inspection, release);
            inspection.flush();
        }
    }

    private static void requireNotFailed(PostClearanceInspection inspection) {
        if (inspection.result == InspectionResult.FAIL) {
            throw new ProblemException(ProblemType.CONFLICT, "Inspection " + inspection.localId
                    + " failed and reopened the land as a hazard area; record a new inspection instead.");
        }
    }

    private static PostClearanceInspection lockForChange(UUID id, String ifMatch) {
        PostClearanceInspection inspection = PostClearanceInspection.findById(id);
        if (inspection == null || inspection.isDeleted()) {
            throw ProblemException.notFound("post-clearance inspection", id);
        }
        return Records.lockedForChange(PostClearanceInspection.class, id, ifMatch, "post-clearance inspection");
    }

    private static void apply(PostClearanceInspectionProperties in, PostClearanceInspection inspection) {
        inspection.landReleaseId = in.landReleaseId;
        inspection.inspectionDate = in.date;
        inspection.inspector = in.inspector;
        inspection.sampledAreaM2 = in.sampledAreaM2;
        inspection.itemsFound = in.itemsFound;
        inspection.result = in.result;
        inspection.notes = in.notes;
        inspection.reportingOrganisationId = in.reportingOrganisationId;
        inspection.dateOfInformation = in.dateOfInformation;
    }

    /** The inspection's own checks; the land release inspected when they pass. */
    private LandRelease check(PostClearanceInspectionFeature input) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, input, errors);
        PostClearanceInspectionProperties in = input.properties;
        LandRelease release = null;
        if (in != null) {
            if (in.landReleaseId != null) {
                release = LandRelease.findById(in.landReleaseId);
                if (release == null || release.isVoid()) {
                    errors.add(new FieldError("properties.landReleaseId", "no land release with this id"));
                } else {
                    checkAgainstRelease(in, release, errors);
                }
            }
            if (in.result == InspectionResult.PASS && in.itemsFound != null && in.itemsFound > 0) {
                errors.add(new FieldError("properties.result", "is FAIL when explosive items were found"));
            }
            InformationDates.notBefore("inspection", in.date, in.dateOfInformation, "properties.dateOfInformation",
                    errors);
            if (in.reportingOrganisationId != null && !OrganisationService.exists(in.reportingOrganisationId)) {
                errors.add(new FieldError("properties.reportingOrganisationId", "no organisation with this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.refusal(errors);
        }
        return release;
    }

    private static void checkAgainstRelease(PostClearanceInspectionProperties in, LandRelease release,
            List<FieldError> errors) {
        if (in.date != null && release.releaseDate != null && in.date.isBefore(release.releaseDate)) {
            errors.add(new FieldError("properties.date", "is before the land was released"));
        }
        double released = SessionQueries.first(Panache.getEntityManager(),
                "SELECT coalesce(area_m2, 0) FROM land_release WHERE id = ?", release.id, row -> row.getDouble(1))
                .orElse(0.0);
        if (in.sampledAreaM2 != null && in.sampledAreaM2 > released * SAMPLING_SLACK) {
            errors.add(new FieldError("properties.sampledAreaM2", "is more than the land released"));
        }
    }
}
