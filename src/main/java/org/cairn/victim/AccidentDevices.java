package org.cairn.victim;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.cairn.activity.DeviceFindingService;
import org.cairn.feature.Written;

/** Devices found at an accident: they count for its hazard area and are reported by its organisation. */
@ApplicationScoped
public class AccidentDevices {

    @Inject AccidentService accidents;
    @Inject DeviceFindingService devices;

    public Written record(UUID accidentId, JsonNode body) {
        Accident accident = accidents.visible(accidentId);
        Set<UUID> hazards = accident.hazardAreaId != null ? Set.of(accident.hazardAreaId) : Set.of();
        return devices.findAtAccident(accident.id, accident.reportingOrganisationId, hazards, body);
    }
}
