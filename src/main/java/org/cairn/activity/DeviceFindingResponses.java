package org.cairn.activity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cairn.feature.FeatureEndpoint;
import org.cairn.feature.FeatureQuery;
import org.cairn.feature.FeatureResponses;
import org.cairn.feature.FeatureStore;
import org.cairn.feature.StoredFeature;
import org.cairn.security.Caller;
import org.cairn.web.ProblemException;

/** Answers shared by the resources that list and record device findings under activities and hazard areas. */
final class DeviceFindingResponses {

    private DeviceFindingResponses() {
    }

    static Response written(FeatureStore features, Caller caller, DeviceFindingService.Written written,
            UriInfo uri) {
        StoredFeature stored = features.one(DeviceFindingFeatures.TYPE, written.id(), caller.featureAccess(),
                        FeatureResponses.warnings(written.warnings()))
                .orElseThrow(() -> ProblemException.notFound("device finding", written.id()));
        return FeatureResponses.written(stored, written.created(),
                uri.getBaseUriBuilder().path("api/v1/device-findings").build());
    }

    static Response page(FeatureStore features, Caller caller, String parentFilter, UUID parent, UriInfo uri) {
        FeatureQuery query = FeatureEndpoint.LIST.query(DeviceFindingFeatures.TYPE, uri.getQueryParameters())
                .within(parentFilter, parent);
        return Response.ok(features.page(DeviceFindingFeatures.TYPE, query, caller.featureAccess(),
                FeatureResponses.pageLinks(uri))).build();
    }
}
