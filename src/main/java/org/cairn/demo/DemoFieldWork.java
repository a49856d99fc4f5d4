package org.cairn.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.cairn.activity.ActivityService;
import org.cairn.activity.LandReleaseService;
import org.cairn.eore.EoreCampaignService;
import org.cairn.eore.EoreSessionService;
import org.cairn.hazard.HazardArea;
import org.cairn.quality.MonitoringVisitService;
import org.cairn.quality.PostClearanceInspectionService;
import org.cairn.security.Caller;
import org.jboss.logging.Logger;

/**
 * The demo's work on its hazard areas: a clearance activity and the land it released, risk
 * education sessions and a radio campaign, a monitoring visit with an open non-conformity, and two
 * inspections of released land, one of which fails and reopens the land. The demo file names
 * hazard areas by name, as they have no fixed id.
 */
@ApplicationScoped
class DemoFieldWork {

    private static final Logger LOG = Logger.getLogger(DemoFieldWork.class);

    @Inject ActivityService activities;
    @Inject LandReleaseService releases;
    @Inject EoreCampaignService campaigns;
    @Inject EoreSessionService sessions;
    @Inject MonitoringVisitService visits;
    @Inject PostClearanceInspectionService inspections;
    @Inject Caller caller;

    void load(JsonNode work) {
        caller.asSystem(() -> {
            work.get("activities").forEach(activity -> activities.create(named(activity, "hazardAreaIds")));
            work.get("landRelease").forEach(release -> releases.release(
                    UUID.fromString(release.get("activityId").asText()), named(release.get("feature"), "hazardAreaId")));
            work.get("campaigns").forEach(campaigns::create);
            work.get("sessions").forEach(session -> sessions.create(named(session, "hazardAreaIds")));
            work.get("visits").forEach(visits::create);
            work.get("inspections").forEach(inspections::create);
            return null;
        });
        LOG.infof("Loaded demo field work: %d risk education sessions, %d inspections", work.get("sessions").size(),
                work.get("inspections").size());
    }

    /** The feature with the hazard area names in a property (one name, or a list of them) replaced by their ids. */
    private static JsonNode named(JsonNode feature, String property) {
        ObjectNode properties = (ObjectNode) feature.get("properties");
        JsonNode names = properties.get(property);
        if (names.isArray()) {
            ArrayNode ids = properties.putArray(property);
            names.forEach(name -> ids.add(idOf(name.asText())));
        } else {
            properties.put(property, idOf(names.asText()));
        }
        return feature;
    }

    private static String idOf(String hazardAreaName) {
        return HazardArea.<HazardArea>find("name = ?1 and deletedAt is null", hazardAreaName).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("No demo hazard area " + hazardAreaName)).id.toString();
    }
}
