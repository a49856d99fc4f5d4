package org.cairn.fieldreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.cairn.activity.ActivityService;
import org.cairn.activity.DeviceFindingService;
import org.cairn.activity.LandReleaseService;
import org.cairn.eore.EoreSessionService;
import org.cairn.hazard.HazardAreaService;
import org.cairn.quality.MonitoringVisitService;
import org.cairn.validation.FieldError;
import org.cairn.victim.AccidentDevices;
import org.cairn.victim.AccidentService;
import org.cairn.victim.CasualtyService;
import org.cairn.web.ProblemException;

/**
 * Writes one item through the service of its own endpoint, so that a report's item meets exactly
 * the rules, replays and conflicts of the same record sent directly. Joins the caller's transaction.
 */
@ApplicationScoped
class ItemWriter {

    @Inject HazardAreaService hazards;
    @Inject ActivityService activities;
    @Inject LandReleaseService releases;
    @Inject DeviceFindingService devices;
    @Inject AccidentDevices accidentDevices;
    @Inject AccidentService accidents;
    @Inject CasualtyService casualties;
    @Inject EoreSessionService eoreSessions;
    @Inject MonitoringVisitService visits;

    /** The id of the record made or changed; a refusal is the endpoint's own ProblemException. */
    UUID write(FieldReportItemData item) {
        if (item.targetId != null) {
            // The base version was weighed by the caller: a change is written over the current version.
            // A tablet reads records without their restricted and sensitive fields: those stay as stored.
            return switch (item.kind) {
                case HAZARD_AREA -> hazards.replaceWithoutRestrictedFields(item.targetId, item.content).id();
                case ACTIVITY -> activities.replace(item.targetId, null, item.content).id();
                case DEVICE_FINDING -> devices.replaceWithoutRestrictedFields(item.targetId, item.content).id();
                case ACCIDENT -> accidents.replaceWithoutSensitiveFields(item.targetId, item.content).id();
                case CASUALTY -> casualties.replaceWithoutSensitiveFields(item.targetId, item.content).casualty().id;
                case EORE_SESSION -> eoreSessions.replace(item.targetId, null, item.content).id();
                case MONITORING_VISIT -> visits.replace(item.targetId, null, item.content).id();
                case LAND_RELEASE -> throw new IllegalStateException("land release items are refused with a target");
            };
        }
        JsonNode body = withItemId(item);
        return switch (item.kind) {
            case HAZARD_AREA -> hazards.create(body).id();
            case ACTIVITY -> activities.create(body).id();
            case LAND_RELEASE -> releases.release(item.activityId, body).id();
            case DEVICE_FINDING -> newDevice(item, body);
            case ACCIDENT -> accidents.create(body).id();
            case CASUALTY -> casualties.create(body).casualty().id;
            case EORE_SESSION -> eoreSessions.create(body).id();
            case MONITORING_VISIT -> visits.create(body).id();
        };
    }

    /**
     * Judges a new hazard area as {@link #write} would, without writing it: the same refusals, and the same
     * conflict with a record under the item's id.
     */
    void check(FieldReportItemData item) {
        if (item.kind != ItemKind.HAZARD_AREA || item.targetId != null) {
            throw new IllegalStateException("only a new hazard area is checked without writing");
        }
        hazards.check(withItemId(item));
    }

    private UUID newDevice(FieldReportItemData item, JsonNode body) {
        if (item.activityId != null) {
            return devices.findByActivity(item.activityId, body).id();
        }
        if (item.hazardAreaId != null) {
            return devices.findOnHazardArea(item.hazardAreaId, body).id();
        }
        return accidentDevices.record(item.accidentId, body).id();
    }

    /** A new record takes the item's id, so that sending the item again is a replay of the same record. */
    private static JsonNode withItemId(FieldReportItemData item) {
        JsonNode given = item.content.get("id");
        if (given != null && !given.isNull() && !given.asText().equals(item.id.toString())) {
            throw ProblemException.invalid(List.of(new FieldError("id",
                    "differs from the item's id " + item.id + "; a new record takes the item's id")));
        }
        ObjectNode body = ((ObjectNode) item.content).deepCopy();
        body.put("id", item.id.toString());
        return body;
    }
}
