package org.cairn.eore;

import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.INTEGER;
import static org.cairn.feature.PropertyKind.STRING;
import static org.cairn.feature.PropertyKind.STRING_ARRAY;

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

/**
 * Campaigns as the feature query path reads them. A campaign is drawn as the areas it covered, so
 * that a map shows its reach where it was and GIS clients filter it by place like any collection.
 */
public final class EoreCampaignFeatures {

    private static final String COVERED = "(SELECT ST_Multi(ST_Union(a.geom)) FROM admin_area a "
            + "WHERE a.pcode = ANY(t.admin_areas))";

    public static final FeatureType TYPE = new FeatureType(
            "eore-campaigns",
            "risk education campaign",
            "eore_campaign t",
            "t.deleted_at IS NULL",
            "t.reporting_organisation_id",
            null,
            COVERED,
            FeatureProperty.withBookkeeping(
                    new FeatureProperty("localId", "t.local_id", STRING),
                    new FeatureProperty("name", "t.name", STRING),
                    new FeatureProperty("media", "t.media", STRING_ARRAY),
                    new FeatureProperty("startDate", "t.start_date", DATE),
                    new FeatureProperty("endDate", "t.end_date", DATE),
                    new FeatureProperty("adminAreas", "t.admin_areas", STRING_ARRAY),
                    new FeatureProperty("estimatedReach", "t.estimated_reach", INTEGER),
                    new FeatureProperty("description", "t.description", STRING),
                    new FeatureProperty("reportingOrganisationId", "t.reporting_organisation_id", ID),
                    new FeatureProperty("dateOfInformation", "t.date_of_information", DATE)),
            Restrictions.NONE,
            filters(),
            SortKey.RECORD_ORDERS);

    public static final ServedCollection COLLECTION = new ServedCollection("eore-campaigns",
            "Risk education campaigns", "Mass-media risk education campaigns, drawn as the administrative areas "
                    + "they covered, with their estimated reach.",
            sensitive -> TYPE, Access.READ_RISK_EDUCATION, "t.start_date", "geometry-multipolygon",
            List.of("localId", "name", "estimatedReach"), false);

    private EoreCampaignFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("medium", Filters.overlaps("t.media", CampaignMedium.class));
        filters.put("reportingOrganisationId", Filters.anyId("t.reporting_organisation_id"));
        filters.put(Filters.ADMIN_AREA, Filters.coversAdminArea("t.admin_areas"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        filters.put("q", Filters.contains("t.local_id", "t.name"));
        return Collections.unmodifiableMap(filters);
    }
}
