package org.cairn.survey;

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

/** Survey points of hazard areas and activities as one collection, read through the survey_point_feature view. */
public final class SurveyPointFeatures {

    public static final FeatureType TYPE = new FeatureType(
            "survey-points",
            "survey point",
            "survey_point_feature t",
            "t.deleted_at IS NULL",
            "t.organisation_id",
            null,
            "t.geom",
            List.of(
                    new FeatureProperty("ownerType", "t.owner_type", STRING),
                    new FeatureProperty("ownerId", "t.owner_id", ID),
                    new FeatureProperty("ownerLocalId", "t.owner_local_id", STRING),
                    new FeatureProperty("sequence", "t.sequence", INTEGER),
                    new FeatureProperty("type", "t.type", STRING),
                    new FeatureProperty("enteredText", "t.entered_text", STRING),
                    new FeatureProperty("enteredFormat", "t.entered_format", STRING),
                    new FeatureProperty("enteredCrs", "t.entered_crs", STRING),
                    new FeatureProperty("bearingDeg", "t.bearing_deg", NUMBER),
                    new FeatureProperty("distanceM", "t.distance_m", NUMBER),
                    new FeatureProperty("elevationM", "t.elevation_m", NUMBER),
                    new FeatureProperty("description", "t.description", STRING),
                    new FeatureProperty("dateOfInformation", "t.date_of_information", DATE),
                    new FeatureProperty("updatedAt", "t.updated_at", TIMESTAMP),
                    new FeatureProperty("version", "t.version", INTEGER)),
            Restrictions.NONE,
            filters(),
            List.of(new SortKey("updatedAt", "t.updated_at", "timestamptz"),
                    new SortKey("createdAt", "t.created_at", "timestamptz")));

    public static final ServedCollection COLLECTION = new ServedCollection("survey-points", "Survey points",
            "Points surveyed around hazard areas and during activities.", sensitive -> TYPE, Access.READ_ACTIVITIES,
            "t.date_of_information", "geometry-point", List.of("type", "sequence", "ownerLocalId"), false);

    private SurveyPointFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("type", Filters.anyOf("t.type", SurveyPointType.class));
        filters.put("ownerId", Filters.anyId("t.owner_id"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        return Collections.unmodifiableMap(filters);
    }
}
