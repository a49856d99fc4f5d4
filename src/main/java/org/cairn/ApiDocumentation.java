package org.cairn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cairn.activity.ActivityFeatures;
import org.cairn.activity.DeviceFindingFeatures;
import org.cairn.activity.LandReleaseFeatures;
import org.cairn.eore.EoreCampaignFeatures;
import org.cairn.eore.EoreSessionFeatures;
import org.cairn.feature.FeatureListParameters;
import org.cairn.feature.FeatureListParameters.Listing;
import org.cairn.hazard.HazardAreaFeatures;
import org.cairn.quality.MonitoringVisitFeatures;
import org.cairn.quality.PostClearanceInspectionFeatures;
import org.cairn.report.StatisticsDocumentation;
import org.cairn.victim.AccidentFeatures;
import org.cairn.web.DateDocumentation;
import org.cairn.web.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Completes the API description with what the code knows better than annotations would: the
 * parameters of every feature list, the error answers every operation shares, and operation ids.
 */
public class ApiDocumentation implements OASFilter {

    /** Every feature list of the API, and what it accepts. */
    public static final Map<String, Listing> FEATURE_LISTS = featureLists();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        FeatureListParameters.document(openAPI, FEATURE_LISTS);
        ProblemResponses.document(openAPI);
        StatisticsDocumentation.document(openAPI);
        DateDocumentation.document(openAPI);
        decodeColons(openAPI);
        OperationIds.document(openAPI);
        declaredMultipartBodies(openAPI);
    }

    /**
     * A multipart body that names its own schema (the OpenRosa submission) is that schema alone:
     * the form parameters SmallRye adds beside it include "*" (every file part), a property name
     * no generated client can declare.
     */
    private static void declaredMultipartBodies(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            MediaType multipart = operation.getRequestBody().getContent().getMediaType("multipart/form-data");
            if (multipart != null && multipart.getSchema() != null && multipart.getSchema().getRef() != null) {
                multipart.getSchema().setProperties(null);
                multipart.getSchema().setType(null);
            }
        }));
    }

    /** Paths as clients write them: a colon is percent-encoded in @Path (see FieldReportResource). */
    private static void decodeColons(OpenAPI openAPI) {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> paths.put(path.replace("%3A", ":"), item));
        openAPI.getPaths().setPathItems(paths);
    }

    private static Map<String, Listing> featureLists() {
        Map<String, Listing> lists = new LinkedHashMap<>();
        lists.put("/api/v1/hazard-areas", Listing.of(HazardAreaFeatures.TYPE));
        lists.put("/api/v1/activities", Listing.of(ActivityFeatures.TYPE));
        lists.put("/api/v1/activities/{activityId}/land-release", Listing.of(LandReleaseFeatures.TYPE));
        lists.put("/api/v1/hazard-areas/{hazardAreaId}/land-release", Listing.of(LandReleaseFeatures.TYPE));
        lists.put("/api/v1/activities/{activityId}/devices", Listing.of(DeviceFindingFeatures.TYPE));
        lists.put("/api/v1/hazard-areas/{hazardAreaId}/devices", Listing.of(DeviceFindingFeatures.TYPE));
        lists.put("/api/v1/accidents/{accidentId}/devices", Listing.of(DeviceFindingFeatures.TYPE));
        lists.put("/api/v1/accidents", AccidentFeatures.LISTING);
        lists.put("/api/v1/eore-sessions", Listing.of(EoreSessionFeatures.TYPE));
        lists.put("/api/v1/eore-campaigns", Listing.of(EoreCampaignFeatures.TYPE));
        lists.put("/api/v1/monitoring-visits", Listing.of(MonitoringVisitFeatures.TYPE));
        lists.put("/api/v1/post-clearance-inspections", Listing.of(PostClearanceInspectionFeatures.TYPE));
        return lists;
    }
}
