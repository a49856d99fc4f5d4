package org.cairn.quality;

import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.INTEGER;
import static org.cairn.feature.PropertyKind.JSON;
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

/** Monitoring visits as the feature query path reads them, at a point of the activity's worksite. */
public final class MonitoringVisitFeatures {

    /** Non-conformities (findings graver than an observation) not closed; statistics count the same. */
    static final String OPEN_NON_CONFORMITIES = "(SELECT count(*) FROM jsonb_array_elements(t.findings) f "
            + "WHERE f->>'severity' <> 'OBSERVATION' AND f->>'closedOn' IS NULL)";

    public static final FeatureType TYPE = new FeatureType(
            "monitoring-visits",
            "monitoring visit",
            "monitoring_visit t JOIN activity a ON a.id = t.activity_id",
            "t.deleted_at IS NULL",
            "t.reporting_organisation_id",
            null,
            "ST_PointOnSurface(a.geom)",
            FeatureProperty.withBookkeeping(
                    new FeatureProperty("localId", "t.local_id", STRING),
                    new FeatureProperty("activityId", "t.activity_id", ID),
                    new FeatureProperty("implementingOrganisationId", "a.implementing_organisation_id", ID),
                    new FeatureProperty("date", "t.visit_date", DATE),
                    new FeatureProperty("inspector", "t.inspector", STRING),
                    new FeatureProperty("checklist", "t.checklist", JSON),
                    new FeatureProperty("findings", "t.findings", JSON),
                    new FeatureProperty("openNonConformities", OPEN_NON_CONFORMITIES, INTEGER),
                    new FeatureProperty("summary", "t.summary", STRING),
                    new FeatureProperty("reportingOrganisationId", "t.reporting_organisation_id", ID),
                    new FeatureProperty("dateOfInformation", "t.date_of_information", DATE),
                    new FeatureProperty("adminArea", "a.admin_pcode", STRING)),
            Restrictions.NONE,
            filters(),
            SortKey.RECORD_ORDERS);

    public static final ServedCollection COLLECTION = new ServedCollection("monitoring-visits", "Monitoring visits",
            "Visits of the authority's inspectors to activities at work, with their findings; drawn at the "
                    + "activity's worksite.",
            sensitive -> TYPE, Access.READ_QUALITY, "t.visit_date", "geometry-point",
            List.of("localId", "openNonConformities"), false);

    private MonitoringVisitFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("activityId", Filters.anyId("t.activity_id"));
        filters.put("implementingOrganisationId", Filters.anyId("a.implementing_organisation_id"));
        filters.put("openNonConformities", Filters.flag(OPEN_NON_CONFORMITIES + " > 0"));
        filters.put(Filters.ADMIN_AREA, Filters.inAdminArea("a.admin_pcode"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        filters.put("q", Filters.contains("t.local_id", "t.inspector"));
        return Collections.unmodifiableMap(filters);
    }
}
