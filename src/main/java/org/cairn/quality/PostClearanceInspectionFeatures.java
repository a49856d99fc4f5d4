package org.cairn.quality;

import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.INTEGER;
import static org.cairn.feature.PropertyKind.NUMBER;
import static org.cairn.feature.PropertyKind.STRING;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.feature.FeatureFilter;
import org.cairn.feature.FeatureProperty;
import org.cairn.feature.FeatureType;
import org.cairn.feature.Filters;
import org.cairn.feature.Restrictions;
import org.cairn.feature.ServedCollection;
import org.cairn.feature.SortKey;
import org.cairn.security.Access;

/** Post-clearance inspections as the feature query path reads them, as the land they sampled. */
public final class PostClearanceInspectionFeatures {

    public static final FeatureType TYPE = new FeatureType(
            "post-clearance-inspections",
            "post-clearance inspection",
            "post_clearance_inspection t JOIN land_release l ON l.id = t.land_release_id "
                    + "JOIN activity a ON a.id = l.activity_id",
            "t.deleted_at IS NULL",
            "t.reporting_organisation_id",
            null,
            "l.geom",
            FeatureProperty.withBookkeeping(
                    new FeatureProperty("localId", "t.local_id", STRING),
                    new FeatureProperty("landReleaseId", "t.land_release_id", ID),
                    new FeatureProperty("hazardAreaId", "l.hazard_area_id", ID),
                    new FeatureProperty("implementingOrganisationId", "a.implementing_organisation_id", ID),
                    new FeatureProperty("date", "t.inspection_date", DATE),
                    new FeatureProperty("inspector", "t.inspector", STRING),
                    new FeatureProperty("sampledAreaM2", "t.sampled_area_m2", NUMBER),
                    new FeatureProperty("itemsFound", "t.items_found", INTEGER),
                    new FeatureProperty("result", "t.result", STRING),
                    new FeatureProperty("reopenedHazardAreaId", "t.reopened_hazard_area_id", ID),
                    new FeatureProperty("notes", "t.notes", STRING),
                    new FeatureProperty("reportingOrganisationId", "t.reporting_organisation_id", ID),
                    new FeatureProperty("dateOfInformation", "t.date_of_information", DATE),
                    new FeatureProperty("adminArea", "l.admin_pcode", STRING)),
            Restrictions.NONE,
            filters(),
            SortKey.RECORD_ORDERS);

    public static final ServedCollection COLLECTION = new ServedCollection("post-clearance-inspections",
            "Post-clearance inspections", "Inspections of released land by sampling (IMAS 07.42), drawn as the "
                    + "land release they sampled.",
            sensitive -> TYPE, Access.READ_QUALITY, "t.inspection_date", "geometry-multipolygon",
            List.of("localId", "result"), false);

    private PostClearanceInspectionFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("result", Filters.anyOf("t.result", InspectionResult.class));
        filters.put("landReleaseId", Filters.anyId("t.land_release_id"));
        filters.put("hazardAreaId", Filters.anyId("l.hazard_area_id"));
        filters.put("implementingOrganisationId", Filters.anyId("a.implementing_organisation_id"));
        filters.put(Filters.ADMIN_AREA, Filters.inAdminArea("l.admin_pcode"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        filters.put("q", Filters.contains("t.local_id", "t.inspector"));
        return Collections.unmodifiableMap(filters);
    }
}
