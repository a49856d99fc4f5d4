package org.cairn.eore;

import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.INTEGER;
import static org.cairn.feature.PropertyKind.JSON;
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

/** Risk education sessions as the feature query path reads them: the same for every caller who may read them. */
public final class EoreSessionFeatures {

    private static final String AUDIENCE = """
            json_build_object('girls', t.girls, 'boys', t.boys, 'women', t.women, 'men', t.men,
                              'personsWithDisabilities', t.persons_with_disabilities,
                              'displacedPersons', t.displaced_persons)""";

    /** Everyone counted; statistics sum the same expression. */
    static final String BENEFICIARIES = "(t.girls + t.boys + t.women + t.men)";

    public static final FeatureType TYPE = new FeatureType(
            "eore-sessions",
            "risk education session",
            "eore_session t",
            "t.deleted_at IS NULL",
            "t.reporting_organisation_id",
            null,
            "t.geom",
            FeatureProperty.withBookkeeping(
                    new FeatureProperty("localId", "t.local_id", STRING),
                    new FeatureProperty("date", "t.session_date", DATE),
                    new FeatureProperty("community", "t.community", STRING),
                    new FeatureProperty("deliveryMethod", "t.delivery_method", STRING),
                    new FeatureProperty("audience", AUDIENCE, JSON),
                    new FeatureProperty("beneficiaries", BENEFICIARIES, INTEGER),
                    new FeatureProperty("topics", "t.topics", STRING_ARRAY),
                    new FeatureProperty("ordnanceShown", "t.ordnance_shown", STRING_ARRAY),
                    new FeatureProperty("hazardAreaIds", "to_json(t.hazard_area_ids)", JSON),
                    new FeatureProperty("staffCount", "t.staff_count", INTEGER),
                    new FeatureProperty("campaignId", "t.campaign_id", ID),
                    new FeatureProperty("description", "t.description", STRING),
                    new FeatureProperty("reportingOrganisationId", "t.reporting_organisation_id", ID),
                    new FeatureProperty("dateOfInformation", "t.date_of_information", DATE),
                    new FeatureProperty("adminArea", "t.admin_pcode", STRING)),
            Restrictions.NONE,
            filters(),
            SortKey.RECORD_ORDERS);

    public static final ServedCollection COLLECTION = new ServedCollection("eore-sessions",
            "Risk education sessions", "Explosive ordnance risk education sessions, at the place each was held, "
                    + "with their audience by sex and age.",
            sensitive -> TYPE, Access.READ_RISK_EDUCATION, "t.session_date", "geometry-point",
            List.of("localId", "deliveryMethod", "beneficiaries"), false);

    private EoreSessionFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("deliveryMethod", Filters.anyOf("t.delivery_method", DeliveryMethod.class));
        filters.put("topic", Filters.overlaps("t.topics", EoreTopic.class));
        filters.put("reportingOrganisationId", Filters.anyId("t.reporting_organisation_id"));
        filters.put("hazardAreaId", Filters.linkedToAnyId("t.hazard_area_ids && ?"));
        filters.put("campaignId", Filters.anyId("t.campaign_id"));
        filters.put(Filters.ADMIN_AREA, Filters.inAdminArea("t.admin_pcode"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        filters.put("q", Filters.contains("t.local_id", "t.community"));
        return Collections.unmodifiableMap(filters);
    }
}
