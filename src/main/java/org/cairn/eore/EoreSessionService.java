package org.cairn.eore;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.feature.FeaturePatches;
import org.cairn.feature.Written;
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.hazard.HazardAreaLinks;
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

/** Records and changes risk education sessions, each in one transaction; operators their own organisation's. */
@ApplicationScoped
public class EoreSessionService {

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject ContentDigest digest;
    @Inject FeaturePatches patches;
    @Inject Caller caller;

    @Transactional
    public Written create(JsonNode body) {
        EoreSessionFeature input = bodies.convert(body, EoreSessionFeature.class);
        List<Warning> warnings = new ArrayList<>();
        Point point = check(input, warnings);
        requireMayChange(input.properties.reportingOrganisationId);
        String requestDigest = digest.of(input);
        if (input.id != null && EoreSession.CREATION.replayed(input.id, requestDigest)) {
            return new Written(input.id, false, List.of());
        }
        Instant now = Clock.now();
        EoreSession session = new EoreSession();
        session.id = input.id != null ? input.id : UUID.randomUUID();
        apply(input.properties, point, session);
        session.creationDigest = requestDigest;
        session.recordCreation(caller.subject(), now);
        session.persistAndFlush();
        return new Written(session.id, true, warnings);
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        return replace(lockForChange(id, ifMatch), bodies.convert(body, EoreSessionFeature.class));
    }

    @Transactional
    public Written patch(UUID id, String ifMatch, JsonNode patch) {
        EoreSession session = lockForChange(id, ifMatch);
        return replace(session, patches.patched(EoreSessionFeatures.TYPE, id, patch, EoreSessionFeature.class));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        lockForChange(id, ifMatch).recordDeletion(caller.subject(), Clock.now());
    }

    private Written replace(EoreSession session, EoreSessionFeature input) {
        Records.requireSameId(input.id, session.id);
        List<Warning> warnings = new ArrayList<>();
        Point point = check(input, warnings);
        // Moving a session to another organisation is a change of both: an operator may make neither.
        requireMayChange(input.properties.reportingOrganisationId);
        apply(input.properties, point, session);
        session.recordChange(caller.subject(), Clock.now());
        session.flush();
        return new Written(session.id, false, warnings);
    }

    private EoreSession lockForChange(UUID id, String ifMatch) {
        EoreSession session = EoreSession.findById(id);
        boolean visible = session != null && !session.isDeleted()
                && caller.confinedToOrganisation().map(session.reportingOrganisationId::equals).orElse(true);
        if (!visible) {
            throw ProblemException.notFound("risk education session", id);
        }
        requireMayChange(session.reportingOrganisationId);
        return Records.lockedForChange(EoreSession.class, id, ifMatch, "risk education session");
    }

    private void requireMayChange(UUID organisationId) {
        if (!caller.mayChangeRecordsOf(organisationId)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Operators record and change only their own organisation's risk education.");
        }
    }

    private static void apply(EoreSessionProperties in, Point point, EoreSession session) {
        session.sessionDate = in.date;
        session.geom = point;
        session.community = in.community;
        session.deliveryMethod = in.deliveryMethod;
        session.girls = in.audience.girls;
        session.boys = in.audience.boys;
        session.women = in.audience.women;
        session.men = in.audience.men;
        session.personsWithDisabilities = in.audience.personsWithDisabilities;
        session.displacedPersons = in.audience.displacedPersons;
        session.topics = new ArrayList<>(in.topics);
        session.ordnanceShown = new ArrayList<>(in.ordnanceShown);
        session.hazardAreaIds = new ArrayList<>(in.hazardAreaIds);
        session.staffCount = in.staffCount;
        session.campaignId = in.campaignId;
        session.description = in.description;
        session.reportingOrganisationId = in.reportingOrganisationId;
        session.dateOfInformation = in.dateOfInformation;
    }

    private Point check(EoreSessionFeature input, List<Warning> warnings) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, input, errors);
        Point point = new GeoJsonGeometryReader(errors, warnings).readPoint(input.geometry, "geometry");
        EoreSessionProperties in = input.properties;
        if (in != null) {
            if (in.topics == null) {
                in.topics = List.of();
            }
            if (in.ordnanceShown == null) {
                in.ordnanceShown = List.of();
            }
            if (in.hazardAreaIds == null) {
                in.hazardAreaIds = List.of();
            }
            Violations.noNulls(in.topics, "properties.topics", errors);
            Violations.noNulls(in.ordnanceShown, "properties.ordnanceShown", errors);
            HazardAreaLinks.check(in.hazardAreaIds, EoreSessionProperties.MOST_HAZARD_AREAS, "properties.hazardAreaIds",
                    errors);
            InformationDates.notBefore("session", in.date, in.dateOfInformation, "properties.dateOfInformation",
                    errors);
            checkAudience(in.audience, errors);
            checkCampaign(in.campaignId, errors);
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
     * A session joins a campaign its author may change: an operator its own organisation's, so that
     * no one ties another organisation's campaign to sessions it cannot then delete.
     */
    private void checkCampaign(UUID campaignId, List<FieldError> errors) {
        if (campaignId == null) {
            return;
        }
        Optional<EoreCampaign> campaign = EoreCampaign.visible(campaignId).filter(c -> caller.confinedToOrganisation()
                .map(c.reportingOrganisationId::equals).orElse(true));
        if (campaign.isEmpty()) {
            errors.add(new FieldError("properties.campaignId", "no campaign with this id"));
        } else if (!caller.mayChangeRecordsOf(campaign.get().reportingOrganisationId)) {
            errors.add(new FieldError("properties.campaignId", "is another organisation's campaign"));
        }
    }

    /** Those with a disability, or displaced, are among the people counted: never more than all of them. */
    private static void checkAudience(Audience audience, List<FieldError> errors) {
        Integer total = audience == null ? null : audience.total();
        if (total == null) {
            return;
        }
        if (audience.personsWithDisabilities != null && audience.personsWithDisabilities > total) {
            errors.add(new FieldError("properties.audience.personsWithDisabilities",
                    "is more than the girls, boys, women and men counted"));
        }
        if (audience.displacedPersons != null && audience.displacedPersons > total) {
            errors.add(new FieldError("properties.audience.displacedPersons",
                    "is more than the girls, boys, women and men counted"));
        }
        if (total == 0) {
            errors.add(new FieldError("properties.audience", "counts no one: a session reached at least one person"));
        }
    }
}
