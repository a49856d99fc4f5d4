package org.cairn.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds GeoJSON request bodies for tests, as mutable maps that a test can spoil on purpose. */
public final class Features {

    private Features() {
    }

    /** A name no other test uses, to find a test's own records with {@code q=}. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An axis-aligned square polygon with its south-west corner at (lon, lat). */
    public static Map<String, Object> square(double lon, double lat, double size) {
        return polygon(ring(lon, lat, lon + size, lat + size));
    }

    public static List<List<Double>> ring(double west, double south, double east, double north) {
        return List.of(List.of(west, south), List.of(east, south), List.of(east, north), List.of(west, north),
                List.of(west, south));
    }

    @SafeVarargs
    public static Map<String, Object> polygon(List<List<Double>>... rings) {
        return geometry("Polygon", List.of(rings));
    }

    public static Map<String, Object> geometry(String type, Object coordinates) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", type);
        geometry.put("coordinates", coordinates);
        return geometry;
    }

    /** A hazard area with every required property and nothing else. */
    public static Map<String, Object> hazard(String name, Map<String, Object> geometry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("classification", "SHA");
        properties.put("reportingOrganisationId", Organisations.ALPHA);
        properties.put("dateOfInformation", "2026-11-20");
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    /** An activity of an organisation on some hazard areas, with every required property. */
    public static Map<String, Object> activity(String name, String type, String organisation, String... hazardAreaIds) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("type", type);
        properties.put("status", "IN_PROGRESS");
        properties.put("implementingOrganisationId", organisation);
        properties.put("hazardAreaIds", List.of(hazardAreaIds));
        properties.put("clearanceDepthCm", 13);
        properties.put("dateOfInformation", "2026-11-20");
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", null);
        feature.put("properties", properties);
        return feature;
    }

    /** Land released from a hazard area, as an activity records it. */
    public static Map<String, Object> release(String hazardAreaId, String outcome, Map<String, Object> geometry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hazardAreaId", hazardAreaId);
        properties.put("outcome", outcome);
        properties.put("releaseDate", "2026-11-24");
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    /** A device of a category found at a point. */
    public static Map<String, Object> device(double lon, double lat, String category, int quantity) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("category", category);
        properties.put("quantity", quantity);
        properties.put("foundDate", "2026-11-22");
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry("Point", List.of(lon, lat)));
        feature.put("properties", properties);
        return feature;
    }

    /** An accident of a type at a point, with every required property. */
    public static Map<String, Object> accident(String type, double lon, double lat) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", type);
        properties.put("date", "2026-10-03");
        properties.put("dateKnown", true);
        properties.put("time", "14:30");
        properties.put("accuracyM", 10);
        properties.put("locationSafeToRecord", true);
        properties.put("deviceCategory", "AP_MINE");
        properties.put("reportingOrganisationId", Organisations.AUTHORITY);
        properties.put("dateOfInformation", "2026-10-05");
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry("Point", List.of(lon, lat)));
        feature.put("properties", properties);
        return feature;
    }

    /** A risk education session at a point, with every required property and the given audience. */
    public static Map<String, Object> eoreSession(double lon, double lat, String organisation, int girls, int boys,
            int women, int men) {
        Map<String, Object> audience = new LinkedHashMap<>();
        audience.put("girls", girls);
        audience.put("boys", boys);
        audience.put("women", women);
        audience.put("men", men);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("date", "2026-11-12");
        properties.put("community", uniqueName("Kilo 7"));
        properties.put("deliveryMethod", "DIRECT_SESSION");
        properties.put("audience", audience);
        properties.put("topics", List.of("RECOGNISING_ORDNANCE", "REPORTING"));
        properties.put("ordnanceShown", List.of("AP_MINE", "UXO"));
        properties.put("staffCount", 2);
        properties.put("reportingOrganisationId", organisation);
        properties.put("dateOfInformation", "2026-11-13");
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry("Point", List.of(lon, lat)));
        feature.put("properties", properties);
        return feature;
    }

    /** A casualty of an accident, with consent to share with everyone unless a test says otherwise. */
    public static Map<String, Object> casualty(String accidentId, String outcome, String sex, Integer age) {
        Map<String, Object> casualty = new LinkedHashMap<>();
        casualty.put("accidentId", accidentId);
        casualty.put("outcome", outcome);
        casualty.put("sex", sex);
        casualty.put("ageAtAccident", age);
        casualty.put("status", "CIVILIAN");
        casualty.put("activityAtTime", "HERDING");
        casualty.put("injuries", "Shrapnel wounds to both legs");
        casualty.put("consentShareAuthorities", true);
        casualty.put("consentShareNgos", true);
        casualty.put("reportingOrganisationId", Organisations.AUTHORITY);
        casualty.put("dateOfInformation", "2026-10-05");
        return casualty;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    public static Map<String, Object> surveyPoint(String type, double lon, double lat) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("type", type);
        point.put("geometry", geometry("Point", List.of(lon, lat)));
        return point;
    }

    public static List<Object> list(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
