package org.cairn.survey;

/** The survey points of an item as a JSON array, the shape {@link SurveyPointData} describes, composed by PostgreSQL. */
public final class SurveyPointsSql {

    private SurveyPointsSql() {
    }

    /**
     * The points as they stood at the revision of the owner's audit row {@code a}, from the audit
     * table of the points.
     */
    public static String jsonbArrayAtRevision(String auditTable, String ownerColumn) {
        return """
                (SELECT coalesce(jsonb_agg(jsonb_build_object(
                    'id', p.id, 'sequence', p.sequence, 'type', p.type,
                    'geometry', ST_AsGeoJSON(p.geom, 15)::jsonb,
                    'entered', CASE WHEN p.entered_text IS NULL AND p.entered_format IS NULL AND p.entered_crs IS NULL
                               THEN NULL ELSE jsonb_build_object('text', p.entered_text, 'format', p.entered_format,
                                                                 'crs', p.entered_crs) END,
                    'bearingDeg', p.bearing_deg, 'distanceM', p.distance_m, 'elevationM', p.elevation_m,
                    'description', p.description) ORDER BY p.sequence), '[]'::jsonb)
                 FROM %s p
                 WHERE p.%s = a.id AND p.rev <= a.rev AND (p.revend IS NULL OR p.revend > a.rev)
                   AND p.revtype <> 2)""".formatted(auditTable, ownerColumn);
    }

    /**
     * @param table       the owner's survey point table
     * @param ownerColumn its column naming the owner, matched against {@code t.id}
     */
    public static String jsonArray(String table, String ownerColumn) {
        return """
                (SELECT coalesce(json_agg(json_build_object(
                    'id', p.id, 'sequence', p.sequence, 'type', p.type,
                    'geometry', ST_AsGeoJSON(p.geom, 15)::json,
                    'entered', CASE WHEN p.entered_text IS NULL AND p.entered_format IS NULL AND p.entered_crs IS NULL
                               THEN NULL ELSE json_build_object('text', p.entered_text, 'format', p.entered_format,
                                                                'crs', p.entered_crs) END,
                    'bearingDeg', p.bearing_deg, 'distanceM', p.distance_m, 'elevationM', p.elevation_m,
                    'description', p.description) ORDER BY p.sequence), '[]')
                 FROM %s p WHERE p.%s = t.id)""".formatted(table, ownerColumn);
    }
}
