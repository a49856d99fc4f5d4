package org.cairn.activity;

import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.INTEGER;
import static org.cairn.feature.PropertyKind.JSON;
import static org.cairn.feature.PropertyKind.NUMBER;
import static org.cairn.feature.PropertyKind.STRING;
import static org.cairn.feature.PropertyKind.STRING_ARRAY;
import static org.cairn.feature.PropertyKind.TIMESTAMP;
import org.cairn.organisation.ActivityType;

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
import org.cairn.survey.SurveyPointsSql;

/** Activities as the feature query path reads them; the properties match {@link ActivityProperties}. */
public final class ActivityFeatures {

    private static final String HAZARD_AREA_IDS = """
            (SELECT coalesce(json_agg(l.hazard_area_id ORDER BY l.hazard_area_id), '[]')
             FROM activity_hazard_area l WHERE l.activity_id = t.id)""";

    private static final String HANDOVER = """
            CASE WHEN t.handover_date IS NULL AND t.handover_women IS NULL AND t.handover_men IS NULL
                      AND t.handover_girls IS NULL AND t.handover_boys IS NULL THEN NULL
                 ELSE json_build_object('date', t.handover_date, 'women', t.handover_women, 'men', t.handover_men,
                                        'girls', t.handover_girls, 'boys', t.handover_boys) END""";

    private static final String RELEASED_AREA = """
            (SELECT coalesce(json_object_agg(s.outcome, s.area_m2), '{}')
             FROM (SELECT r.outcome, sum(r.area_m2) AS area_m2 FROM land_release r
                   WHERE r.activity_id = t.id AND r.voided_at IS NULL GROUP BY r.outcome) s)""";

    private static final String DEVICES_FOUND = """
            (SELECT coalesce(json_object_agg(s.category, s.quantity), '{}')
             FROM (SELECT d.category, sum(d.quantity) AS quantity FROM device_finding d
                   WHERE d.activity_id = t.id AND d.deleted_at IS NULL GROUP BY d.category) s)""";

    public static final FeatureType TYPE = new FeatureType(
            "activities",
            "activity",
            "activity t JOIN organisation o ON o.id = t.implementing_organisation_id",
            "t.deleted_at IS NULL",
            "t.implementing_organisation_id",
            null,
            "t.geom",
            FeatureProperty.withBookkeeping(
                    new FeatureProperty("localId", "t.local_id", STRING),
                    new FeatureProperty("name", "t.name", STRING),
                    new FeatureProperty("description", "t.description", STRING),
                    new FeatureProperty("type", "t.type", STRING),
                    new FeatureProperty("status", "t.status", STRING),
                    new FeatureProperty("statusChangedAt", "t.status_changed_at", TIMESTAMP),
                    new FeatureProperty("implementingOrganisationId", "t.implementing_organisation_id", ID),
                    new FeatureProperty("implementingOrganisationName", "o.name", STRING),
                    new FeatureProperty("team", "t.team", STRING),
                    new FeatureProperty("startDate", "t.start_date", DATE),
                    new FeatureProperty("endDate", "t.end_date", DATE),
                    new FeatureProperty("clearanceDepthCm", "t.clearance_depth_cm", INTEGER),
                    new FeatureProperty("methods", "t.methods", STRING_ARRAY),
                    new FeatureProperty("assets", "t.assets", STRING_ARRAY),
                    new FeatureProperty("donors", "t.donors", STRING_ARRAY),
                    new FeatureProperty("hazardAreaIds", HAZARD_AREA_IDS, JSON),
                    new FeatureProperty("handover", HANDOVER, JSON),
                    new FeatureProperty("surveyPoints",
                            SurveyPointsSql.jsonArray("activity_survey_point", "activity_id"), JSON),
                    new FeatureProperty("dateOfInformation", "t.date_of_information", DATE),
                    new FeatureProperty("areaM2", "t.area_m2", NUMBER),
                    new FeatureProperty("releasedAreaM2", RELEASED_AREA, JSON),
                    new FeatureProperty("devicesFound", DEVICES_FOUND, JSON),
                    new FeatureProperty("adminArea", "t.admin_pcode", STRING)),
            Restrictions.NONE,
            filters(),
            SortKey.RECORD_ORDERS);

    public static final ServedCollection COLLECTION = new ServedCollection("activities", "Activities",
            "Survey and clearance activities; the geometry is the worksite, null where none was drawn.",
            sensitive -> TYPE, Access.READ_ACTIVITIES, "t.date_of_information", "geometry-multipolygon",
            List.of("localId", "name", "type", "status"), false);

    private ActivityFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("type", Filters.anyOf("t.type", ActivityType.class));
        filters.put("status", Filters.anyOf("t.status", ActivityStatus.class));
        filters.put("implementingOrganisationId", Filters.anyId("t.implementing_organisation_id"));
        filters.put("hazardAreaId", Filters.linkedToAnyId(
                "EXISTS (SELECT 1 FROM activity_hazard_area l WHERE l.activity_id = t.id AND l.hazard_area_id = ANY(?))"));
        filters.put(Filters.ADMIN_AREA, Filters.inAdminArea("t.admin_pcode"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        filters.put("q", Filters.contains("t.name", "t.local_id"));
        return Collections.unmodifiableMap(filters);
    }
}
