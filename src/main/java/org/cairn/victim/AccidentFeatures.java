package org.cairn.victim;

import static org.cairn.feature.PropertyKind.BOOLEAN;
import static org.cairn.feature.PropertyKind.DATE;
import static org.cairn.feature.PropertyKind.ID;
import static org.cairn.feature.PropertyKind.JSON;
import static org.cairn.feature.PropertyKind.NUMBER;
import static org.cairn.feature.PropertyKind.STRING;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairn.config.CairnConfig;
import org.cairn.feature.FeatureFilter;
import org.cairn.feature.FeatureListParameters;
import org.cairn.feature.FeatureProperty;
import org.cairn.feature.FeatureType;
import org.cairn.feature.Filters;
import org.cairn.feature.Restrictions;
import org.cairn.feature.ServedCollection;
import org.cairn.feature.SortKey;
import org.cairn.ordnance.OrdnanceCategory;
import org.cairn.security.Access;

/**
 * Accidents as the feature query path reads them, in two forms: exact, for callers with the
 * sensitive-data permission, and generalised for everyone else. In the generalised form the point
 * is the centre of its grid cell, and bbox filters on that centre too, so that shrinking boxes
 * cannot find the place. It withholds the links to a hazard area or an activity as well, whose
 * shapes lie at the true place (an EOD spot is a few metres across), and the free texts (cause,
 * description, the demining description), which in practice name the people involved; a filter
 * on a link finds nothing in that form.
 */
@ApplicationScoped
public class AccidentFeatures {

    private static final String DEMINING = """
            CASE WHEN t.type <> 'DEMINING' THEN NULL
                 ELSE json_build_object('ppeWorn', t.demining_ppe_worn, 'procedureFollowed',
                                        t.demining_procedure_followed, 'description', %s) END""";

    /** What accident lists accept, the same in both forms. */
    public static final FeatureListParameters.Listing LISTING = new FeatureListParameters.Listing(
            filters("t.admin_pcode", "t.hazard_area_id", "t.activity_id"), SortKey.RECORD_ORDERS);

    private final FeatureType exact;
    private final FeatureType generalised;

    public AccidentFeatures(CairnConfig config) {
        String cell = String.format(Locale.ROOT, "%.6f", config.accidents().generalisationCellDegrees());
        String centre = "round((floor(ST_%1$s(t.geom) / " + cell + ") * " + cell + " + " + cell
                + " / 2)::numeric, 6)::float8";
        this.exact = type(new Form("t.geom", "to_char(t.accident_time, 'HH24:MI')", "t.accuracy_m", "false",
                "NULL::float8", "t.admin_pcode", "t.cause", "t.description", "t.demining_description",
                "t.hazard_area_id", "t.activity_id"));
        this.generalised = type(new Form("ST_SetSRID(ST_MakePoint(" + centre.formatted("X") + ", "
                + centre.formatted("Y") + "), 4326)", "NULL::text", "NULL::float8", "true", cell + "::float8",
                generalisedPcode("t.admin_pcode"), "NULL::text", "NULL::text", "NULL::text", "NULL::uuid",
                "NULL::uuid"));
    }

    /** Accidents as OGC API collection, tiles layer and export, in the form the caller may read. */
    public ServedCollection collection() {
        return new ServedCollection("accidents", "Accidents", "Accidents involving explosive ordnance. Without the "
                + "sensitive-data permission, points are the centres of their grid cells.", this::forCaller,
                Access.READ_ACCIDENTS, "t.accident_date", "geometry-point",
                List.of("localId", "type", "deviceCategory", "locationGeneralised"), false);
    }

    /** The SQL of what differs between the exact and the generalised form. */
    private record Form(String geometry, String time, String accuracy, String generalised, String cell,
            String adminArea, String cause, String description, String deminingDescription, String hazardAreaId,
            String activityId) {
    }

    /**
     * The deepest level of administrative area an accident is named by for callers without the
     * sensitive-data permission: a district or smaller, laid over the generalised grid cell, would
     * narrow the place down again.
     */
    public static final int GENERALISED_ADMIN_LEVEL = 1;

    /** The pcode of the area at {@link #GENERALISED_ADMIN_LEVEL} (or above) holding the accident. */
    public static String generalisedPcode(String pcodeColumn) {
        return "(SELECT x.lineage[least(x.level, " + GENERALISED_ADMIN_LEVEL + ") + 1] FROM admin_area x "
                + "WHERE x.pcode = " + pcodeColumn + ")";
    }

    /** The form this caller may see. */
    public FeatureType forCaller(boolean sensitive) {
        return sensitive ? exact : generalised;
    }

    private static FeatureType type(Form form) {
        return new FeatureType(
                "accidents",
                "accident",
                "accident t LEFT JOIN ordnance_type m ON m.id = t.ordnance_type_id",
                "t.deleted_at IS NULL",
                "t.reporting_organisation_id",
                null,
                form.geometry(),
                FeatureProperty.withBookkeeping(
                        new FeatureProperty("localId", "t.local_id", STRING),
                        new FeatureProperty("type", "t.type", STRING),
                        new FeatureProperty("date", "t.accident_date", DATE),
                        new FeatureProperty("dateKnown", "t.date_known", BOOLEAN),
                        new FeatureProperty("time", form.time(), STRING),
                        new FeatureProperty("accuracyM", form.accuracy(), NUMBER),
                        new FeatureProperty("locationSafeToRecord", "t.location_safe_to_record", BOOLEAN),
                        new FeatureProperty("ordnanceTypeId", "t.ordnance_type_id", ID),
                        new FeatureProperty("deviceCategory", "coalesce(m.category, t.device_category)", STRING),
                        new FeatureProperty("cause", form.cause(), STRING),
                        new FeatureProperty("hazardAreaId", form.hazardAreaId(), ID),
                        new FeatureProperty("activityId", form.activityId(), ID),
                        new FeatureProperty("demining", DEMINING.formatted(form.deminingDescription()), JSON),
                        new FeatureProperty("description", form.description(), STRING),
                        new FeatureProperty("reportingOrganisationId", "t.reporting_organisation_id", ID),
                        new FeatureProperty("dateOfInformation", "t.date_of_information", DATE),
                        new FeatureProperty("locationGeneralised", form.generalised(), BOOLEAN),
                        new FeatureProperty("generalisationCellDegrees", form.cell(), NUMBER),
                        new FeatureProperty("adminArea", form.adminArea(), STRING)),
                Restrictions.NONE,
                filters(form.adminArea(), form.hazardAreaId(), form.activityId()),
                SortKey.RECORD_ORDERS);
    }

    private static Map<String, FeatureFilter> filters(String adminArea, String hazardAreaId, String activityId) {
        Map<String, FeatureFilter> filters = new LinkedHashMap<>();
        filters.put("type", Filters.anyOf("t.type", AccidentType.class));
        filters.put("deviceCategory", Filters.anyOf("coalesce(m.category, t.device_category)", OrdnanceCategory.class));
        filters.put("hazardAreaId", Filters.anyId(hazardAreaId));
        filters.put("activityId", Filters.anyId(activityId));
        filters.put(Filters.ADMIN_AREA, Filters.inAdminArea(adminArea));
        filters.put("updatedSince", Filters.since("t.updated_at"));
        filters.put("q", Filters.contains("t.local_id"));
        return Collections.unmodifiableMap(filters);
    }
}
