package org.cairn.hazard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.cairn.db.Clock;
import org.cairn.feature.FeatureStore;
import org.cairn.security.Caller;
import org.cairn.security.FeatureAccess;
import org.cairn.sync.ClientIds;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.FieldError;
import org.cairn.validation.Warning;
import org.cairn.web.JsonBodies;
import org.cairn.web.MergePatch;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Creates, replaces, patches and deletes hazard areas, each in one transaction; checks a new one without writing. */
@ApplicationScoped
public class HazardAreaService {

    private final JsonBodies bodies;
    private final HazardAreaChecks checks;
    private final HazardOverlaps overlaps;
    private final ContentDigest digest;
    private final FeatureStore features;
    private final Caller caller;

    HazardAreaService(JsonBodies bodies, HazardAreaChecks checks, HazardOverlaps overlaps, ContentDigest digest,
            FeatureStore features, Caller caller) {
        this.bodies = bodies;
        this.checks = checks;
        this.overlaps = overlaps;
        this.digest = digest;
        this.features = features;
        this.caller = caller;
    }

    /** What a write did: which item, whether a new one was made, and what to look at. */
    public record Written(UUID id, boolean created, List<Warning> warnings) {
    }

    @Transactional
    public Written create(JsonNode body) {
        Creation creation = creation(body, ClientIds::lock);
        if (creation.replay() != null) {
            return creation.replay();
        }
        CheckedHazardArea checked = creation.checked();
        UUID id = checked.input().id;
        Instant now = Clock.now();
        HazardArea area = new HazardArea();
        area.id = id != null ? id : UUID.randomUUID();
        HazardAreaMapping.apply(checked, area, now);
        area.creationDigest = digest.of(checked.input());
        area.createdAt = now;
        area.createdBy = caller.subject();
        area.updatedAt = now;
        area.updatedBy = area.createdBy;
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
        creation(body, id -> {
        });
    }

    /** What create makes of a body before it writes: the checked area, or the replay it answers. */
    private record Creation(CheckedHazardArea checked, Written replay) {
    }

    /**
     * Converts and checks a body for create; when it names an id, looks for a record under it, after
     * holding the id as {@code holdId} says: create locks it, so that a retry sent while the first
     * request still runs waits and is answered as a replay.
     */
    private Creation creation(JsonNode body, Consumer<UUID> holdId) {
        HazardAreaFeature input = bodies.convert(body, HazardAreaFeature.class);
        CheckedHazardArea checked = checks.check(input);
        if (input.id != null) {
            holdId.accept(input.id);
            Optional<HazardArea.PriorCreation> prior = HazardArea.priorCreation(input.id);
            if (prior.isPresent()) {
                return new Creation(checked, replay(input.id, prior.get(), digest.of(input)));
            }
        }
        return new Creation(checked, null);
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
        if (!patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A merge patch of a feature is a JSON object.");
        }
        JsonNode current = bodies.parse(features.one(HazardAreaFeatures.TYPE, id, FeatureAccess.ALL).orElseThrow().json());
        return replace(area, bodies.convert(MergePatch.apply(current, patch), HazardAreaFeature.class));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        HazardArea area = lockForChange(id, ifMatch);
        Instant now = Clock.now();
        area.deletedAt = now;
        area.deletedBy = caller.subject();
        area.updatedAt = now;
        area.updatedBy = area.deletedBy;
    }

    private Written replace(HazardArea area, HazardAreaFeature input) {
        if (input.id != null && !input.id.equals(area.id)) {
            throw ProblemException.invalid(List.of(new FieldError("id",
                    "the id in the body (" + input.id + ") differs from the one in the URL (" + area.id + ")")));
        }
        CheckedHazardArea checked = checks.check(input);
        boolean shapeChanged = !area.geom.equalsExact(checked.geometry());
        if (shapeChanged && LandReleases.existFor(area.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "Land has been released from hazard area " + area.localId
                    + ", so its shape can no longer change: the releases were measured against it. Void them first, "
                    + "or record the newly found extent as a hazard area of its own.");
        }
        Instant now = Clock.now();
        HazardAreaMapping.apply(checked, area, now);
        area.updatedAt = now;
        area.updatedBy = caller.subject();
        area.flush();
        return new Written(area.id, false,
                shapeChanged ? warningsAfterShapeChange(checked, area.id) : checked.warnings());
    }

    private Written replay(UUID id, HazardArea.PriorCreation prior, String requestDigest) {
        if (prior.deleted() || !prior.digest().equals(requestDigest)) {
            throw new ProblemException(ProblemType.CONFLICT, "Hazard area " + id
                    + " already exists with other content; choose a new id, or PUT to change it.");
        }
        return new Written(id, false, List.of());
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
