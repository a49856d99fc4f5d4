package org.cairn.activity;

import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.INTEGER;
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
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.security.Access;

/** Device findings as the feature query path reads them; properties match {@link DeviceFindingProperties}. */
public final class DeviceFindingFeatures {

    /**
     * The make and the description of an IED, or of ammunition found in a store, are for restricted
     * roles (domain rules on sensitive data); that such a device was found, where and how many, is
     * for everyone who reads device findings, as the hazard's own totals show.
     */
    public static final Restrictions RESTRICTIONS = Restrictions.NONE
            .where("(t.category = 'IED' OR store.id IS NOT NULL)", "ordnanceTypeId", "model", "description");

    public static final FeatureType TYPE = new FeatureType(
            "device-findings",
            "device finding",
            // The store a device lies in, joined rather than asked for row by row: a subquery in the
            // select list was answered by reading every hazard area, 130 ms for a page of 100. For
            // callers who read the details PostgreSQL leaves the unused join out.
            "device_finding t LEFT JOIN ordnance_type m ON m.id = t.ordnance_type_id"
                    + " LEFT JOIN hazard_area store ON store.id = t.hazard_area_id"
                    + " AND store.classification = 'AMMUNITION_STORAGE'",
            "t.deleted_at IS NULL",
            "t.reporting_organisation_id",
            "t.accident_id IS NOT NULL",
            "t.geom",
            FeatureProperty.withBookkeeping(
                    new FeatureProperty("localId", "t.local_id", STRING),
                    new FeatureProperty("activityId", "t.activity_id", ID),
                    new FeatureProperty("accidentId", "t.accident_id", ID),
                    new FeatureProperty("hazardAreaId", "t.hazard_area_id", ID),
                    new FeatureProperty("ordnanceTypeId", "t.ordnance_type_id", ID),
                    new FeatureProperty("model", "m.model", STRING),
                    new FeatureProperty("category", "t.category", STRING),
                    new FeatureProperty("quantity", "t.quantity", INTEGER),
                    new FeatureProperty("condition", "t.condition", STRING),
                    new FeatureProperty("depthCm", "t.depth_cm", INTEGER),
                    new FeatureProperty("foundDate", "t.found_date", DATE),
                    new FeatureProperty("disposalMethod", "t.disposal_method", STRING),
                    new FeatureProperty("disposalDate", "t.disposal_date", DATE),
                    new FeatureProperty("description", "t.description", STRING),
                    new FeatureProperty("reportingOrganisationId", "t.reporting_organisation_id", ID),
                    new FeatureProperty("adminArea", "t.admin_pcode", STRING)),
            RESTRICTIONS,
            filters(),
            SortKey.RECORD_ORDERS);

    public static final ServedCollection COLLECTION = new ServedCollection("device-findings", "Device findings",
            "Explosive ordnance found, and what became of it.", sensitive -> TYPE, Access.READ_ACTIVITIES,
            "t.found_date", "geometry-point", List.of("localId", "category", "quantity", "disposalMethod"), false);

    private DeviceFindingFeatures() {
    }

    private static Map<String, FeatureFilter> filters() {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("category", Filters.anyOf("t.category", OrdnanceCategory.class));
        filters.put("disposalMethod", Filters.anyOf("t.disposal_method", DisposalMethod.class));
        filters.put("activityId", Filters.anyId("t.activity_id"));
        filters.put("hazardAreaId", Filters.anyId("t.hazard_area_id"));
        filters.put("accidentId", Filters.anyId("t.accident_id"));
        filters.put(Filters.ADMIN_AREA, Filters.inAdminArea("t.admin_pcode"));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        return Collections.unmodifiableMap(filters);
    }
}
