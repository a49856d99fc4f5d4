package org.cairn.victim;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.hazard.HazardArea;
import org.cairn.ordnance.OrdnanceType;
import org.cairn.organisation.OrganisationService;
import org.cairn.security.Caller;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.FieldError;
import org.cairn.validation.InformationDates;
import org.cairn.validation.Violations;
import org.cairn.validation.Warning;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.locationtech.jts.geom.Point;

/** Records and changes accidents, each in one transaction. */
@ApplicationScoped
public class AccidentService {

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject ContentDigest digest;
    @Inject FeaturePatches patches;
    @Inject AccidentFeatures accidentFeatures;
    @Inject Caller caller;

    @Transactional
    public Written create(JsonNode body) {
        AccidentFeature input = bodies.convert(body, AccidentFeature.class);
        List<Warning> warnings = new ArrayList<>();
        Point point = check(input, warnings);
        String requestDigest = digest.of(input);
        if (input.id != null && Accident.CREATION.replayed(input.id, requestDigest)) {
            return new Written(input.id, false, List.of());
        }
        Instant now = Clock.now();
        Accident accident = new Accident();
        accident.id = input.id != null ? input.id : UUID.randomUUID();
        apply(input, point, accident);
        accident.creationDigest = requestDigest;
        accident.recordCreation(caller.subject(), now);
        accident.persistAndFlush();
        return new Written(accident.id, true, warnings);
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        return replace(lockForChange(id, ifMatch), bodies.convert(body, AccidentFeature.class),
                caller.hasSensitiveDataPermission());
    }

    /**
     * A replacement whose author read the accident generalised (a change in a field report, made on
     * a tablet), whoever approves it: its exact place, time and accuracy stay as stored.
     */
    @Transactional
    public Written replaceWithoutSensitiveFields(UUID id, JsonNode body) {
        return replace(lockForChange(id, null), bodies.convert(body, AccidentFeature.class), false);
    }

    /** A merge patch applies to the accident as its recorders see it, exact place included. */
    @Transactional
    public Written patch(UUID id, String ifMatch, JsonNode patch) {
        Accident accident = lockForChange(id, ifMatch);
        return replace(accident, patches.patched(accidentFeatures.forCaller(true), id, patch, AccidentFeature.class),
                true);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Accident accident = lockForChange(id, ifMatch);
        if (Casualty.count("accidentId = ?1 and deletedAt is null", id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Accident " + accident.localId
                    + " has casualties; delete them first.");
        }
        Instant now = Clock.now();
        accident.recordDeletion(caller.subject(), now);
    }

    /** The accident, if it exists and the caller may see it. */
    public Accident visible(UUID id) {
        Accident accident = Accident.findById(id);
        boolean visible = accident != null && !accident.isDeleted()
                && caller.confinedToOrganisation().map(accident.reportingOrganisationId::equals).orElse(true);
        if (!visible) {
            throw ProblemException.notFound("accident", id);
        }
        return accident;
    }

    private Written replace(Accident accident, AccidentFeature input, boolean authorReadExact) {
        Records.requireSameId(input.id, accident.id);
        List<Warning> warnings = new ArrayList<>();
        Point point = check(input, warnings);
        if (!authorReadExact) {
            // Shown the centre of a grid cell, no time, no links and no texts, the author would
            // otherwise move the accident there and erase the rest: what it was never shown, it cannot change.
            point = accident.geom;
            keepWithheld(accident, input.properties);
        }
        apply(input, point, accident);
        accident.recordChange(caller.subject(), Clock.now());
        accident.flush();
        return new Written(accident.id, false, warnings);
    }

    /** Puts back into a change what the generalised form withholds (AccidentFeatures), as stored. */
    private static void keepWithheld(Accident accident, AccidentProperties in) {
        in.time = accident.accidentTime;
        in.accuracyM = accident.accuracyM;
        in.cause = accident.cause;
        in.description = accident.description;
        in.hazardAreaId = accident.hazardAreaId;
        in.activityId = accident.activityId;
        if (in.demining != null) {
            in.demining.description = accident.deminingDescription;
        }
    }

    private Accident lockForChange(UUID id, String ifMatch) {
        visible(id);
        return Records.lockedForChange(Accident.class, id, ifMatch, "accident");
    }

    private static void apply(AccidentFeature input, Point point, Accident accident) {
        AccidentProperties in = input.properties;
        accident.type = in.type;
        accident.accidentDate = in.date;
        accident.dateKnown = in.dateKnown;
        accident.accidentTime = in.time;
        accident.geom = point;
        accident.accuracyM = in.accuracyM;
        accident.locationSafeToRecord = in.locationSafeToRecord;
        accident.ordnanceTypeId = in.ordnanceTypeId;
        accident.deviceCategory = in.ordnanceTypeId != null
                ? OrdnanceType.<OrdnanceType>findById(in.ordnanceTypeId).category : in.deviceCategory;
        accident.cause = in.cause;
        accident.hazardAreaId = in.hazardAreaId;
        accident.activityId = in.activityId;
        DeminingDetails demining = in.demining != null ? in.demining : new DeminingDetails();
        accident.deminingPpeWorn = demining.ppeWorn;
        accident.deminingProcedureFollowed = demining.procedureFollowed;
        accident.deminingDescription = demining.description;
        accident.description = in.description;
        accident.reportingOrganisationId = in.reportingOrganisationId;
        accident.dateOfInformation = in.dateOfInformation;
    }

    private Point check(AccidentFeature input, List<Warning> warnings) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, input, errors);
        Point point = new GeoJsonGeometryReader(errors, warnings).readPoint(input.geometry, "geometry");
        AccidentProperties in = input.properties;
        if (in != null) {
            InformationDates.notBeforeAccident(in.date, in.dateOfInformation, "properties.dateOfInformation", errors);
            if (in.ordnanceTypeId != null) {
                OrdnanceType type = OrdnanceType.findById(in.ordnanceTypeId);
                if (type == null) {
                    errors.add(new FieldError("properties.ordnanceTypeId", "no ordnance type with this id"));
                } else if (in.deviceCategory != null && in.deviceCategory != type.category) {
                    errors.add(new FieldError("properties.deviceCategory", "differs from the category of the "
                            + "ordnance type, " + type.category));
                }
            }
            if (in.hazardAreaId != null) {
                HazardArea hazard = HazardArea.findById(in.hazardAreaId);
                if (hazard == null || hazard.isDeleted()) {
                    errors.add(new FieldError("properties.hazardAreaId", "no hazard area with this id"));
                }
            }
            if (in.activityId != null) {
                Activity activity = Activity.findById(in.activityId);
                if (activity == null || activity.isDeleted()) {
                    errors.add(new FieldError("properties.activityId", "no activity with this id"));
                }
            }
            if (in.demining != null && in.type != AccidentType.DEMINING) {
                errors.add(new FieldError("properties.demining", "is recorded for DEMINING accidents only"));
            }
            if (in.reportingOrganisationId != null && !OrganisationService.exists(in.reportingOrganisationId)) {
                errors.add(new FieldError("properties.reportingOrganisationId", "no organisation with this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.refusal(errors);
        }
        return point;
    }
}
