package org.cairn.activity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.cairn.config.CairnConfig;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.feature.Written;
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.hazard.Classification;
import org.cairn.hazard.DirectEvidence;
import org.cairn.hazard.Evidence;
import org.cairn.hazard.HazardArea;
import org.cairn.ordnance.OrdnanceType;
import org.cairn.organisation.OrganisationService;
import org.cairn.security.Caller;
import org.cairn.sync.ContentDigest;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.validation.Warning;
import org.cairn.web.JsonBodies;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.locationtech.jts.geom.Point;

/**
 * Records explosive ordnance found by an activity or on a hazard area. A suspected hazardous area
 * where a device is found becomes a confirmed one: the device is direct evidence.
 */
@ApplicationScoped
public class DeviceFindingService {

    private final JsonBodies bodies;
    private final Validator validator;
    private final ContentDigest digest;
    private final DevicePlacement placement;
    private final Caller caller;
    private final double outsideWarningMetres;

    DeviceFindingService(JsonBodies bodies, Validator validator, ContentDigest digest, DevicePlacement placement,
            Caller caller, CairnConfig config) {
        this.bodies = bodies;
        this.validator = validator;
        this.digest = digest;
        this.placement = placement;
        this.caller = caller;
        this.outsideWarningMetres = config.devices().outsideHazardWarningMetres();
    }

    /** Where a finding belongs: an activity (and so its hazards), an accident, or one hazard area directly. */
    private record Parent(UUID activityId, UUID accidentId, Set<UUID> hazardAreaIds, UUID organisationId) {
    }

    @Transactional
    public Written findByActivity(UUID activityId, JsonNode body) {
        Activity activity = Activity.findById(activityId);
        if (activity == null || activity.isDeleted() || !visible(activity.implementingOrganisationId)) {
            throw ProblemException.notFound("activity", activityId);
        }
        return create(new Parent(activity.id, null, activity.hazardAreaIds, activity.implementingOrganisationId),
                body);
    }

    @Transactional
    public Written findOnHazardArea(UUID hazardAreaId, JsonNode body) {
        HazardArea hazard = HazardArea.findById(hazardAreaId);
        if (hazard == null || hazard.isDeleted() || !visible(hazard.reportingOrganisationId)) {
            throw ProblemException.notFound("hazard area", hazardAreaId);
        }
        return create(new Parent(null, null, Set.of(hazard.id), null), body);
    }

    /**
     * A device that caused, or was found at, an accident the caller may see; it counts for the
     * accident's hazard area when it has one.
     */
    @Transactional
    public Written findAtAccident(UUID accidentId, UUID organisationId, Set<UUID> hazardAreaIds, JsonNode body) {
        return create(new Parent(null, accidentId, hazardAreaIds, organisationId), body);
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        return replace(id, ifMatch, body, caller.seesRestricted());
    }

    /**
     * A replacement whose author read the finding with its restricted details withheld (a change in
     * a field report, made on a tablet), whoever approves it: the details it leaves empty stay.
     */
    @Transactional
    public Written replaceWithoutRestrictedFields(UUID id, JsonNode body) {
        return replace(id, null, body, false);
    }

    private Written replace(UUID id, String ifMatch, JsonNode body, boolean authorReadRestricted) {
        DeviceFinding finding = lockForChange(id, ifMatch);
        DeviceFindingFeature input = bodies.convert(body, DeviceFindingFeature.class);
        Records.requireSameId(input.id, id);
        boolean detailsKept = input.properties != null && !authorReadRestricted
                && RestrictedDeviceDetails.keepUnread(input.properties, finding);
        Set<UUID> hazards = finding.activityId != null ? Activity.<Activity>findById(finding.activityId).hazardAreaIds
                : finding.hazardAreaId != null ? Set.of(finding.hazardAreaId) : Set.of();
        List<Warning> warnings = new ArrayList<>();
        Point point = check(input, warnings);
        UUID organisation = organisationOf(input, finding.reportingOrganisationId, finding.accidentId != null);
        UUID hazardBefore = finding.hazardAreaId;
        apply(input, point, organisation, hazards, finding, warnings);
        if (detailsKept) {
            RestrictedDeviceDetails.checkStillRestricted(finding);
        }
        if (hazardBefore != null && !hazardBefore.equals(finding.hazardAreaId)) {
            touch(hazardBefore);
        }
        finding.recordChange(caller.subject(), Clock.now());
        finding.flush();
        return new Written(finding.id, false, warnings);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        DeviceFinding finding = lockForChange(id, ifMatch);
        Instant now = Clock.now();
        finding.recordDeletion(caller.subject(), now);
        if (finding.hazardAreaId != null) {
            touch(finding.hazardAreaId);
        }
    }

    private Written create(Parent parent, JsonNode body) {
        DeviceFindingFeature input = bodies.convert(body, DeviceFindingFeature.class);
        List<Warning> warnings = new ArrayList<>();
        Point point = check(input, warnings);
        UUID organisation = organisationOf(input, parent.organisationId(), parent.accidentId() != null);
        String requestDigest = digest.of(input);
        if (input.id != null && DeviceFinding.CREATION.replayed(input.id, requestDigest)) {
            return new Written(input.id, false, List.of());
        }
        Instant now = Clock.now();
        DeviceFinding finding = new DeviceFinding();
        finding.id = input.id != null ? input.id : UUID.randomUUID();
        finding.activityId = parent.activityId();
        finding.accidentId = parent.accidentId();
        apply(input, point, organisation, parent.hazardAreaIds(), finding, warnings);
        finding.creationDigest = requestDigest;
        finding.recordCreation(caller.subject(), now);
        finding.persistAndFlush();
        return new Written(finding.id, true, warnings);
    }

    private void apply(DeviceFindingFeature input, Point point, UUID organisation, Set<UUID> hazards,
            DeviceFinding finding, List<Warning> warnings) {
        DeviceFindingProperties in = input.properties;
        finding.ordnanceTypeId = in.ordnanceTypeId;
        finding.category = in.ordnanceTypeId != null ? OrdnanceType.<OrdnanceType>findById(in.ordnanceTypeId).category
                : in.category;
        finding.quantity = in.quantity;
        finding.condition = in.condition;
        finding.depthCm = in.depthCm;
        finding.geom = point;
        finding.foundDate = in.foundDate;
        finding.disposalMethod = in.disposalMethod;
        finding.disposalDate = in.disposalDate;
        finding.description = in.description;
        finding.reportingOrganisationId = organisation;
        placement.nearest(point, hazards).ifPresent(place -> {
            finding.hazardAreaId = place.hazardAreaId();
            if (place.metresOutside() > outsideWarningMetres) {
                warnings.add(Warning.of("OUTSIDE_HAZARD", String.format(Locale.ROOT,
                        "The device lies %.0f m outside the nearest hazard area of its activity.",
                        place.metresOutside())));
            }
            confirm(touch(place.hazardAreaId()), warnings);
        });
    }

    /**
     * A hazard shows the devices found in it, so a device's change is the hazard's change too: its
     * version (the ETag) and updatedAt move, and syncing clients and the change feed see it.
     */
    private HazardArea touch(UUID hazardAreaId) {
        HazardArea hazard = HazardArea.findById(hazardAreaId, LockModeType.PESSIMISTIC_WRITE);
        hazard.recordChange(caller.subject(), Clock.now());
        return hazard;
    }

    /** A device found in a suspected hazardous area is direct evidence: the area is confirmed. */
    private static void confirm(HazardArea hazard, List<Warning> warnings) {
        if (hazard.classification != Classification.SHA) {
            return;
        }
        hazard.classification = Classification.CHA;
        hazard.evidence = Evidence.DIRECT;
        if (!hazard.directEvidence.contains(DirectEvidence.VISUAL_OBSERVATION)) {
            hazard.directEvidence.add(DirectEvidence.VISUAL_OBSERVATION);
        }
        warnings.add(new Warning("HAZARD_CONFIRMED", "Hazard area " + hazard.localId
                + " was a suspected hazardous area; with a device found in it, it is now confirmed (CHA).", hazard.id));
    }

    private Point check(DeviceFindingFeature input, List<Warning> warnings) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, input, errors);
        Point point = new GeoJsonGeometryReader(errors, warnings).readPoint(input.geometry, "geometry");
        DeviceFindingProperties in = input.properties;
        if (in != null) {
            if (in.ordnanceTypeId != null) {
                OrdnanceType type = OrdnanceType.findById(in.ordnanceTypeId);
                if (type == null) {
                    errors.add(new FieldError("properties.ordnanceTypeId", "no ordnance type with this id"));
                } else if (in.category != null && in.category != type.category) {
                    errors.add(new FieldError("properties.category", "differs from the category of the ordnance "
                            + "type, " + type.category));
                }
            } else if (in.category == null) {
                errors.add(new FieldError("properties.category", "name an ordnance type or at least a category"));
            }
            if (in.disposalDate != null && in.foundDate != null && in.disposalDate.isBefore(in.foundDate)) {
                errors.add(new FieldError("properties.disposalDate", "is before foundDate"));
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

    /**
     * The reporting organisation: as sent, else the parent's; the caller must be allowed to write for
     * it, or, for a device of an accident, to record victim data.
     */
    private UUID organisationOf(DeviceFindingFeature input, UUID parentOrganisation, boolean ofAccident) {
        UUID sent = input.properties.reportingOrganisationId;
        if (sent != null && parentOrganisation != null && !sent.equals(parentOrganisation)) {
            throw ProblemException.invalid(List.of(new FieldError("properties.reportingOrganisationId",
                    "a finding of an activity is reported by the activity's organisation, " + parentOrganisation)));
        }
        UUID organisation = sent != null ? sent : parentOrganisation;
        if (organisation == null) {
            throw ProblemException.invalid(List.of(new FieldError("properties.reportingOrganisationId",
                    "required for a device found outside an activity")));
        }
        boolean allowed = ofAccident ? caller.mayRecordVictimData() : caller.mayChangeRecordsOf(organisation);
        if (!allowed) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Operators record device findings only for their own organisation.");
        }
        return organisation;
    }

    /**
     * The finding, locked, if the caller may read it (as DeviceFindingFeatures reads: a device at an
     * accident only with the sensitive-data permission) and change it: what a caller cannot read
     * does not exist for it, to write no more than to read.
     */
    private DeviceFinding lockForChange(UUID id, String ifMatch) {
        DeviceFinding finding = DeviceFinding.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (finding == null || finding.isDeleted() || !visible(finding.reportingOrganisationId)
                || finding.accidentId != null && !caller.hasSensitiveDataPermission()) {
            throw ProblemException.notFound("device finding", id);
        }
        boolean allowed = finding.accidentId != null ? caller.mayRecordVictimData()
                : caller.mayChangeRecordsOf(finding.reportingOrganisationId);
        if (!allowed) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Operators change only their own organisation's device findings.");
        }
        Preconditions.checkIfMatch(ifMatch, finding.version);
        return finding;
    }

    private boolean visible(UUID organisationId) {
        return caller.confinedToOrganisation().map(organisationId::equals).orElse(true);
    }
}
