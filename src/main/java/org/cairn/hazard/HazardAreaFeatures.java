package org.cairn.hazard;

import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.JSON;
import static org.cairn.feature.PropertyKind.NUMBER;
import static org.cairn.feature.PropertyKind.STRING;
import static org.cairn.feature.PropertyKind.STRING_ARRAY;
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
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.security.Access;
import org.cairn.survey.SurveyPointsSql;

/** Hazard areas as the feature query path reads them; the properties match {@link HazardAreaProperties}. */
public final class HazardAreaFeatures {

    /** Devices found, by category, summing quantities. */
    private static final String DEVICES_FOUND = """
            (SELECT coalesce(json_object_agg(s.category, s.quantity), '{}')
             FROM (SELECT d.category, sum(d.quantity) AS quantity FROM device_finding d
                   WHERE d.hazard_area_id = t.id AND d.deleted_at IS NULL GROUP BY d.category) s)""";

    /**
     * The landowner is for restricted roles. Where an ammunition store is, and its state, are for
     * everyone who reads hazard areas; what it holds, as its texts say, is for restricted roles
     * (domain rules on sensitive data).
     */
    public static final Restrictions RESTRICTIONS = Restrictions.always("landowner")
            .where("t.classification = 'AMMUNITION_STORAGE'", "description", "statusChangeComment");

    private static final String BENEFICIARIES = """
            json_build_object('women', t.beneficiaries_women, 'men', t.beneficiaries_men,
                'girls', t.beneficiaries_girls, 'boys', t.beneficiaries_boys,
                'indirect', t.beneficiaries_indirect)""";

    public static final FeatureType TYPE = new FeatureType(
            "hazard-areas",
            "hazard area",
            "hazard_area t JOIN organisation o ON o.id = t.reporting_organisation_id",
            "t.deleted_at IS NULL",
            "t.reporting_organisation_id",
            null,
            "t.geom",
            FeatureProperty.withBookkeeping(
                    new FeatureProperty("localId", "t.local_id", STRING),
                    new FeatureProperty("name", "t.name", STRING),
                    new FeatureProperty("description", "t.description", STRING),
                    new FeatureProperty("classification", "t.classification", STRING),
                    new FeatureProperty("status", "t.status", STRING),
                    new FeatureProperty("statusChangedAt", "t.status_changed_at", TIMESTAMP),
                    new FeatureProperty("statusChangeReason", "t.status_change_reason", STRING),
                    new FeatureProperty("statusChangeComment", "t.status_change_comment", STRING),
                    new FeatureProperty("evidence", "t.evidence", STRING),
                    new FeatureProperty("directEvidence", "t.direct_evidence", STRING_ARRAY),
                    new FeatureProperty("indirectEvidence", "t.indirect_evidence", STRING_ARRAY),
                    new FeatureProperty("contaminationTypes", "t.contamination_types", STRING_ARRAY),
                    new FeatureProperty("priority", "t.priority", STRING),
                    new FeatureProperty("blockages", "t.blockages", STRING_ARRAY),
                    new FeatureProperty("beneficiaries", BENEFICIARIES, JSON),
                    new FeatureProperty("landowner", "t.landowner", STRING),
                    new FeatureProperty("reportingOrganisationId", "t.reporting_organisation_id", ID),
                    new FeatureProperty("reportingOrganisationName", "o.name", STRING),
                    new FeatureProperty("dateOfInformation", "t.date_of_information", DATE),
                    new FeatureProperty("estimatedAreaM2", "t.estimated_area_m2", NUMBER),
                    new FeatureProperty("areaM2", "t.area_m2", NUMBER),
                    new FeatureProperty("remainingAreaM2", "t.remaining_area_m2", NUMBER),
                    new FeatureProperty("cancelledAreaM2", "t.cancelled_area_m2", NUMBER),
                    new FeatureProperty("reducedAreaM2", "t.reduced_area_m2", NUMBER),
                    new FeatureProperty("clearedAreaM2", "t.cleared_area_m2", NUMBER),
                    new FeatureProperty("devicesFound", DEVICES_FOUND, JSON),
                    new FeatureProperty("surveyPoints", SurveyPointsSql.jsonArray("survey_point", "hazard_area_id"), JSON),
                    new FeatureProperty("adminArea", "t.admin_pcode", STRING)),
            RESTRICTIONS,
            filters(),
            SortKey.RECORD_ORDERS,
            "hazard_area");

    /** Hazard areas as OGC API collection, tiles layer and export; the one collection GIS clients may write. */
    public static final ServedCollection COLLECTION = new ServedCollection("hazard-areas", "Hazard areas",
            "Areas contaminated, or suspected to be, by explosive ordnance (IMSMA Land), with what remains of them "
                    + "after land release.", sensitive -> TYPE, Access.READ_HAZARD_AREAS, "t.date_of_information",
            "geometry-multipolygon", List.of("localId", "name", "classification", "status", "priority"), true);

    private HazardAreaFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("classification", Filters.anyOf("t.classification", Classification.class));
        filters.put("status", Filters.anyOf("t.status", HazardStatus.class));
        filters.put("contaminationType", Filters.overlaps("t.contamination_types", OrdnanceCategory.class));
        filters.put("reportingOrganisationId", Filters.anyId("t.reporting_organisation_id"));
        filters.put(Filters.ADMIN_AREA, Filters.inAdminArea("t.admin_pcode"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        filters.put("q", Filters.contains("t.name", "t.local_id"));
        return Collections.unmodifiableMap(filters);
    }
}
