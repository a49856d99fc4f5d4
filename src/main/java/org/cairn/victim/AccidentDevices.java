package org.cairn.victim;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.cairn.activity.DeviceFindingService;

/** Devices found at an accident: they count for its hazard area and are reported by its organisation. */
@ApplicationScoped
public class AccidentDevices {

    private final AccidentService accidents;
    private final DeviceFindingService devices;

    AccidentDevices(AccidentService accidents, DeviceFindingService devices) {
        this.accidents = accidents;
        this.devices = devices;
    }

    public DeviceFindingService.Written record(UUID accidentId, JsonNode body) {
        Accident accident = accidents.visible(accidentId);
        Set<UUID> hazards = accident.hazardAreaId != null ? Set.of(accident.hazardAreaId) : Set.of();
        return devices.findAtAccident(accident.id, accident.reportingOrganisationId, hazards, body);
    }
}
