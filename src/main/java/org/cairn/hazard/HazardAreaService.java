package org.cairn.hazard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.feature.FeaturePatches;
import org.cairn.feature.Written;
import org.cairn.security.Caller;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.Warning;
import org.cairn.web.JsonBodies;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Creates, replaces, patches and deletes hazard areas, each in one transaction; checks a new one without writing. */
@ApplicationScoped
public class HazardAreaService {

    @Inject JsonBodies bodies;
    @Inject HazardAreaChecks checks;
    @Inject HazardOverlaps overlaps;
    @Inject ContentDigest digest;
    @Inject FeaturePatches patches;
    @Inject Caller caller;

    @Transactional
    public Written create(JsonNode body) {
        Creation creation = creation(body, true);
        if (creation.replay() != null) {
            return creation.replay();
        }
        CheckedHazardArea checked = creation.checked();
        UUID id = checked.input().id;
        Instant now = Clock.now();
        HazardArea area = new HazardArea();
        area.id = id != null ? id : UUID.randomUUID();
        HazardAreaMapping.apply(checked, area, now);
        area.creationDigest = creation.digest();
        area.recordCreation(caller.subject(), now);
        area.persist();
        area.flush();
        return new Written(area.id, true, warningsAfterShapeChange(checked, area.id));
    }

    /**
     * What create would answer, without writing: the same refusals, and the same conflict with another
     * record under the body's id; a replay passes. It holds no lock, since it writes nothing, and leaves out
     * the overlap warnings. Not a transaction of its own: a refusal leaves the caller's transaction usable.
     */
    public void check(JsonNode body) {
        creation(body, false);
    }

    /**
     * What create makes of a body before it writes: the checked area, the body's digest (kept to
     * recognise a replay), or the replay it answers.
     */
    private record Creation(CheckedHazardArea checked, String digest, Written replay) {
    }

    /**
     * Converts and checks a body for create; when it names an id, looks for a record under it,
     * holding the id first when {@code hold}: create holds it, so that a retry sent while the first
     * request still runs waits and is answered as a replay.
     */
    private Creation creation(JsonNode body, boolean hold) {
        HazardAreaFeature input = bodies.convert(body, HazardAreaFeature.class);
        CheckedHazardArea checked = checks.check(input);
        String requestDigest = digest.of(input);
        boolean replay = input.id != null && (hold ? HazardArea.CREATION.replayed(input.id, requestDigest)
                : HazardArea.CREATION.stored(input.id, requestDigest));
        return new Creation(checked, requestDigest, replay ? new Written(input.id, false, List.of()) : null);
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        HazardArea area = lockForChange(id, ifMatch);
        return replace(area, bodies.convert(body, HazardAreaFeature.class));
    }

    /**
     * A replacement whose author read the area with its restricted fields withheld (a change in a
     * field report, made on a tablet), whoever approves it: the fields it leaves empty stay.
     */
    @Transactional
    public Written replaceWithoutRestrictedFields(UUID id, JsonNode body) {
        HazardArea area = lockForChange(id, null);
        HazardAreaFeature input = bodies.convert(body, HazardAreaFeature.class);
        if (input.properties != null) {
            RestrictedHazardFields.keepUnread(input.properties, area);
        }
        return replace(area, input);
    }

    /** A merge patch applies to the feature as GET shows it; the result must be a valid hazard area. */
    @Transactional
    public Written patch(UUID id, String ifMatch, JsonNode patch) {
        HazardArea area = lockForChange(id, ifMatch);
        return replace(area, patches.patched(HazardAreaFeatures.TYPE, id, patch, HazardAreaFeature.class));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        HazardArea area = lockForChange(id, ifMatch);
        Instant now = Clock.now();
        area.recordDeletion(caller.subject(), now);
    }

    private Written replace(HazardArea area, HazardAreaFeature input) {
        Records.requireSameId(input.id, area.id);
        CheckedHazardArea checked = checks.check(input);
        boolean shapeChanged = !area.geom.equalsExact(checked.geometry());
        if (shapeChanged && LandReleases.existFor(area.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "Land has been released from hazard area " + area.localId
                    + ", so its shape can no longer change: the releases were measured against it. Void them first, "
                    + "or record the newly found extent as a hazard area of its own.");
        }
        Instant now = Clock.now();
        HazardAreaMapping.apply(checked, area, now);
        area.recordChange(caller.subject(), now);
        area.flush();
        return new Written(area.id, false,
                shapeChanged ? warningsAfterShapeChange(checked, area.id) : checked.warnings());
    }

    private HazardArea lockForChange(UUID id, String ifMatch) {
        HazardArea area = HazardArea.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (area == null || area.isDeleted()) {
            throw ProblemException.notFound("hazard area", id);
        }
        Preconditions.checkIfMatch(ifMatch, area.version);
        return area;
    }

    private List<Warning> warningsAfterShapeChange(CheckedHazardArea checked, UUID id) {
        List<Warning> warnings = new ArrayList<>(checked.warnings());
        warnings.addAll(overlaps.of(id));
        return warnings;
    }
}
