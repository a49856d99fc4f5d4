package org.cairn.eore;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.cairn.adminarea.Pcodes;
import org.cairn.db.Clock;
import org.cairn.db.Records;
import org.cairn.feature.FeaturePatches;
import org.cairn.feature.KnownAdminAreas;
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

/** Records and changes risk education campaigns; operators their own organisation's. */
@ApplicationScoped
public class EoreCampaignService {

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject ContentDigest digest;
    @Inject FeaturePatches patches;
    @Inject Caller caller;
    @Inject KnownAdminAreas adminAreas;

    @Transactional
    public Written create(JsonNode body) {
        EoreCampaignFeature input = bodies.convert(body, EoreCampaignFeature.class);
        check(input);
        requireMayChange(input.properties.reportingOrganisationId);
        String requestDigest = digest.of(input.properties);
        if (input.id != null && EoreCampaign.CREATION.replayed(input.id, requestDigest)) {
            return new Written(input.id, false, List.of());
        }
        Instant now = Clock.now();
        EoreCampaign campaign = new EoreCampaign();
        campaign.id = input.id != null ? input.id : UUID.randomUUID();
        apply(input.properties, campaign);
        campaign.creationDigest = requestDigest;
        campaign.recordCreation(caller.subject(), now);
        campaign.persistAndFlush();
        return new Written(campaign.id, true, List.of());
    }

    @Transactional
    public Written replace(UUID id, String ifMatch, JsonNode body) {
        return replace(lockForChange(id, ifMatch), bodies.convert(body, EoreCampaignFeature.class));
    }

    @Transactional
    public Written patch(UUID id, String ifMatch, JsonNode patch) {
        EoreCampaign campaign = lockForChange(id, ifMatch);
        return replace(campaign, patches.patched(EoreCampaignFeatures.TYPE, id, patch, EoreCampaignFeature.class));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        EoreCampaign campaign = lockForChange(id, ifMatch);
        if (EoreSession.count("campaignId = ?1 and deletedAt is null", id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Campaign " + campaign.localId
                    + " has sessions; change or delete them first.");
        }
        campaign.recordDeletion(caller.subject(), Clock.now());
    }

    private Written replace(EoreCampaign campaign, EoreCampaignFeature input) {
        Records.requireSameId(input.id, campaign.id);
        check(input);
        requireMayChange(input.properties.reportingOrganisationId);
        apply(input.properties, campaign);
        campaign.recordChange(caller.subject(), Clock.now());
        campaign.flush();
        return new Written(campaign.id, false, List.of());
    }

    private EoreCampaign lockForChange(UUID id, String ifMatch) {
        EoreCampaign campaign = EoreCampaign.visible(id)
                .filter(c -> caller.confinedToOrganisation().map(c.reportingOrganisationId::equals).orElse(true))
                .orElseThrow(() -> ProblemException.notFound("risk education campaign", id));
        requireMayChange(campaign.reportingOrganisationId);
        return Records.lockedForChange(EoreCampaign.class, id, ifMatch, "risk education campaign");
    }

    private void requireMayChange(UUID organisationId) {
        if (!caller.mayChangeRecordsOf(organisationId)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Operators record and change only their own organisation's risk education.");
        }
    }

    private static void apply(EoreCampaignProperties in, EoreCampaign campaign) {
        campaign.name = in.name;
        campaign.media = new ArrayList<>(in.media);
        campaign.startDate = in.startDate;
        campaign.endDate = in.endDate;
        campaign.adminAreas = new ArrayList<>(in.adminAreas);
        campaign.estimatedReach = in.estimatedReach;
        campaign.description = in.description;
        campaign.reportingOrganisationId = in.reportingOrganisationId;
        campaign.dateOfInformation = in.dateOfInformation;
    }

    private void check(EoreCampaignFeature input) {
        List<FieldError> errors = new ArrayList<>();
        Violations.of(validator, input, errors);
        EoreCampaignProperties in = input.properties;
        if (in != null) {
            if (in.adminAreas == null) {
                in.adminAreas = List.of();
            }
            Violations.noNulls(in.media, "properties.media", errors);
            checkAdminAreas(in.adminAreas, errors);
            if (in.startDate != null && in.endDate != null && in.endDate.isBefore(in.startDate)) {
                errors.add(new FieldError("properties.endDate", "is before startDate"));
            }
            InformationDates.notBefore("campaign", in.startDate, in.dateOfInformation,
                    "properties.dateOfInformation", errors);
            if (in.reportingOrganisationId != null && !OrganisationService.exists(in.reportingOrganisationId)) {
                errors.add(new FieldError("properties.reportingOrganisationId", "no organisation with this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.refusal(errors);
        }
    }

    /** Each pcode known, once, asked in one query; a list longer than allowed (its size check says so) is not. */
    private void checkAdminAreas(List<String> pcodes, List<FieldError> errors) {
        if (pcodes.size() > EoreCampaignProperties.MOST_AREAS) {
            return;
        }
        Set<String> known = adminAreas.known(pcodes.stream().filter(Objects::nonNull).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pcodes.size(); i++) {
            String field = "properties.adminAreas[" + i + "]";
            String pcode = pcodes.get(i);
            if (pcode == null || !Pcodes.wellFormed(pcode)) {
                errors.add(new FieldError(field, "is a pcode: letters, digits, '_', '.' or '-', up to 50"));
            } else if (!seen.add(pcode)) {
                errors.add(new FieldError(field, "lists an area listed before"));
            } else if (!known.contains(pcode)) {
                errors.add(new FieldError(field, "names no admin area Cairn knows"));
            }
        }
    }
}
