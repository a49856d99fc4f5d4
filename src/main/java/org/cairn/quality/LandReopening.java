package org.cairn.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.cairn.activity.LandRelease;
import org.cairn.db.SessionQueries;
import org.cairn.hazard.HazardArea;
import org.cairn.hazard.HazardAreaService;
import org.cairn.web.JsonBodies;

/**
 * Land that failed its post-clearance inspection is not safe as released: it becomes a hazard
 * area again, over the land release's shape, through the same checks as any other hazard area. Its
 * status reason and comment say which inspection of which release opened it, so its history says why.
 */
@ApplicationScoped
class LandReopening {

    static final String REASON = "POST_CLEARANCE_INSPECTION_FAILED";

    @Inject HazardAreaService hazardAreas;
    @Inject ObjectMapper mapper;
    @Inject JsonBodies bodies;

    /** Opens the hazard area over the inspected land and returns its id. */
    UUID reopen(PostClearanceInspection inspection, LandRelease release) {
        HazardArea released = HazardArea.findById(release.hazardAreaId);
        boolean itemsFound = inspection.itemsFound > 0;
        ObjectNode feature = mapper.createObjectNode().put("type", "Feature");
        feature.set("geometry", bodies.parse(SessionQueries.first(Panache.getEntityManager(),
                "SELECT ST_AsGeoJSON(geom) FROM land_release WHERE id = ?", release.id, row -> row.getBytes(1))
                .orElseThrow()));
        ObjectNode properties = feature.putObject("properties")
                .put("name", "Reopened: " + release.localId + " failed " + inspection.localId)
                .put("classification", itemsFound ? "CHA" : "SHA")
                .put("evidence", itemsFound ? "DIRECT" : "INDIRECT")
                .put("status", "OPEN")
                .put("statusChangeReason", REASON)
                .put("statusChangeComment", "Post-clearance inspection " + inspection.localId + " of land release "
                        + release.localId + " failed: " + inspection.itemsFound + " items found in "
                        + Math.round(inspection.sampledAreaM2) + " m² sampled.")
                .put("reportingOrganisationId", inspection.reportingOrganisationId.toString())
                .put("dateOfInformation", inspection.inspectionDate.toString());
        properties.putArray(itemsFound ? "directEvidence" : "indirectEvidence")
                .add(itemsFound ? "VISUAL_OBSERVATION" : "LOW_RELIABILITY_RECORDS");
        ArrayNode contamination = properties.putArray("contaminationTypes");
        released.contaminationTypes.forEach(type -> contamination.add(type.name()));
        return hazardAreas.create(feature).id();
    }
}
