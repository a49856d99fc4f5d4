package org.cairn.activity;

import static org.cairn.feature.PropertyKind.BOOLEAN;
import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.INTEGER;
import static org.cairn.feature.PropertyKind.NUMBER;
import static org.cairn.feature.PropertyKind.STRING;
import static org.cairn.feature.PropertyKind.TIMESTAMP;

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

/** Land release records as the feature query path reads them; properties match {@link LandReleaseProperties}. */
public final class LandReleaseFeatures {

    public static final FeatureType TYPE = new FeatureType(
            "land-release",
            "land release record",
            "land_release t JOIN activity a ON a.id = t.activity_id JOIN hazard_area h ON h.id = t.hazard_area_id",
            "true",
            "a.implementing_organisation_id",
            null,
            "t.geom",
            FeatureProperty.withBookkeeping(
                    new FeatureProperty("localId", "t.local_id", STRING),
                    new FeatureProperty("activityId", "t.activity_id", ID),
                    new FeatureProperty("activityLocalId", "a.local_id", STRING),
                    new FeatureProperty("hazardAreaId", "t.hazard_area_id", ID),
                    new FeatureProperty("hazardAreaLocalId", "h.local_id", STRING),
                    new FeatureProperty("outcome", "t.outcome", STRING),
                    new FeatureProperty("releaseDate", "t.release_date", DATE),
                    new FeatureProperty("depthCm", "t.depth_cm", INTEGER),
                    new FeatureProperty("technicalAsset", "t.technical_asset", STRING),
                    new FeatureProperty("criteria", "t.criteria", STRING),
                    new FeatureProperty("completesHazard", "t.completes_hazard", BOOLEAN),
                    new FeatureProperty("areaM2", "t.area_m2", NUMBER),
                    new FeatureProperty("submittedAreaM2", "ST_Area(t.submitted_geom::geography)", NUMBER),
                    new FeatureProperty("voided", "t.voided_at IS NOT NULL", BOOLEAN),
                    new FeatureProperty("voidedAt", "t.voided_at", TIMESTAMP),
                    new FeatureProperty("voidedBy", "t.voided_by", STRING),
                    new FeatureProperty("voidReason", "t.void_reason", STRING),
                    new FeatureProperty("adminArea", "t.admin_pcode", STRING)),
            Restrictions.NONE,
            filters(),
            SortKey.RECORD_ORDERS);

    public static final ServedCollection COLLECTION = new ServedCollection("land-release", "Land release",
            "Land released from hazard areas by survey and clearance: cancelled, reduced or cleared.",
            sensitive -> TYPE, Access.READ_ACTIVITIES, "t.release_date", "geometry-multipolygon",
            List.of("localId", "outcome", "voided"), false);

    private LandReleaseFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("outcome", Filters.anyOf("t.outcome", ReleaseOutcome.class));
        filters.put("activityId", Filters.anyId("t.activity_id"));
        filters.put("hazardAreaId", Filters.anyId("t.hazard_area_id"));
        filters.put("voided", Filters.flag("t.voided_at IS NOT NULL"));
        filters.put(Filters.ADMIN_AREA, Filters.inAdminArea("t.admin_pcode"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        return Collections.unmodifiableMap(filters);
    }
}
