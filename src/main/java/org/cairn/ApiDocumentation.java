package org.cairn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cairn.activity.ActivityFeatures;
import org.cairn.activity.DeviceFindingFeatures;
import org.cairn.activity.LandReleaseFeatures;
import org.cairn.feature.FeatureListParameters;
import org.cairn.feature.FeatureType;
import org.cairn.hazard.HazardAreaFeatures;
import org.cairn.web.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the API description with what the code knows better than annotations would: the
 * parameters of every feature list, and the error answers every operation shares.
 */
public class ApiDocumentation implements OASFilter {

    /** Every feature list of the API, and the type that parses its parameters. */
    public static final Map<String, FeatureType> FEATURE_LISTS = featureLists();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        FeatureListParameters.document(openAPI, FEATURE_LISTS);
        ProblemResponses.document(openAPI);
    }

    private static Map<String, FeatureType> featureLists() {
        Map<String, FeatureType> lists = new LinkedHashMap<>();
        lists.put("/api/v1/hazard-areas", HazardAreaFeatures.TYPE);
        lists.put("/api/v1/activities", ActivityFeatures.TYPE);
        lists.put("/api/v1/activities/{activityId}/land-release", LandReleaseFeatures.TYPE);
        lists.put("/api/v1/hazard-areas/{hazardAreaId}/land-release", LandReleaseFeatures.TYPE);
        lists.put("/api/v1/activities/{activityId}/devices", DeviceFindingFeatures.TYPE);
        lists.put("/api/v1/hazard-areas/{hazardAreaId}/devices", DeviceFindingFeatures.TYPE);
        return lists;
    }
}
