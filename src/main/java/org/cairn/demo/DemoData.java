package org.cairn.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.adminarea.AdminAreaImports;
import org.cairn.adminarea.AdminAreaMapping;
import org.cairn.config.CairnConfig;
import org.cairn.hazard.HazardArea;
import org.cairn.hazard.HazardAreaService;
import org.cairn.organisation.OrganisationService;
import org.cairn.security.Caller;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with a fictional province and its districts, its hazard areas and the work
 * done on them, so that a first look at Cairn shows a map and figures. The records go through the same service and checks as any client's.
 */
@ApplicationScoped
class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ORGANISATIONS = "/demo/organisations.json";
    private static final String HAZARD_AREAS = "/demo/hazard-areas.geojson";
    private static final String ADMIN_AREAS = "/demo/admin-areas.geojson";
    private static final String FIELD_WORK = "/demo/field-work.json";
    private static final AdminAreaMapping ADMIN_AREA_MAPPING = AdminAreaMapping.of(Map.of("levelProperty",
            List.of("level"), "pcodeProperty", List.of("pcode"), "nameProperty", List.of("name"), "parentProperty",
            List.of("parent")));
    /** The advisory lock that the demo data is loaded under; any number that no other lock uses. */
    private static final long LOCK = 0x6361_6972_6e64_656dL;

    @Inject CairnConfig config;
    @Inject OrganisationService organisations;
    @Inject HazardAreaService hazardAreas;
    @Inject DemoFieldWork fieldWork;
    @Inject AdminAreaImports adminAreas;
    @Inject ObjectMapper mapper;
    @Inject AgroalDataSource dataSource;

    @ActivateRequestContext
    void load(@Observes StartupEvent start) throws Exception {
        if (!config.demoData().enabled()) {
            return;
        }
        // Replicas starting together take turns: the first fills the database, the others find it filled.
        try (Connection connection = dataSource.getConnection();
                Statement lock = connection.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + LOCK + ")");
            try {
                if (HazardArea.count() == 0) {
                    fill();
                }
            } finally {
                lock.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
            }
        }
    }

    private void fill() throws Exception {
        // Areas first, so that every hazard is placed in its district as it is written.
        try (InputStream areas = DemoData.class.getResourceAsStream(ADMIN_AREAS)) {
            LOG.infof("Demo administrative areas: %s", adminAreas.importNow(areas, ADMIN_AREA_MAPPING, Caller.SYSTEM));
        }
        for (JsonNode organisation : read(ORGANISATIONS)) {
            if (!OrganisationService.exists(UUID.fromString(organisation.get("id").asText()))) {
                organisations.create(organisation);
            }
        }
        JsonNode collection = read(HAZARD_AREAS);
        for (JsonNode feature : collection.get("features")) {
            hazardAreas.create(feature);
        }
        LOG.infof("Loaded %d demo hazard areas of Kalara province", collection.get("features").size());
        fieldWork.load(read(FIELD_WORK));
    }

    private JsonNode read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data " + resource + " is missing from the build", e);
        }
    }
}
