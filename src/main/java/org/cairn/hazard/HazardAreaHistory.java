package org.cairn.hazard;

import java.util.Map;
import java.util.Set;
import org.cairn.audit.AuditedType;

/** Where the history of hazard areas is kept, and how its columns are named in the API. */
final class HazardAreaHistory {

    /** The survey points as they stood at the revision of the hazard's audit row {@code a}. */
    private static final String SURVEY_POINTS_AT_REVISION = """
            (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'id', p.id, 'sequence', p.sequence, 'type', p.type,
                'geometry', ST_AsGeoJSON(p.geom, 15)::jsonb,
                'entered', CASE WHEN p.entered_text IS NULL AND p.entered_format IS NULL AND p.entered_crs IS NULL
                           THEN NULL ELSE jsonb_build_object('text', p.entered_text, 'format', p.entered_format,
                                                             'crs', p.entered_crs) END,
                'bearingDeg', p.bearing_deg, 'distanceM', p.distance_m, 'elevationM', p.elevation_m,
                'description', p.description) ORDER BY p.sequence), '[]'::jsonb)
             FROM survey_point_aud p
             WHERE p.hazard_area_id = a.id AND p.rev <= a.rev AND (p.revend IS NULL OR p.revend > a.rev)
               AND p.revtype <> 2)""";

    static final AuditedType TYPE = new AuditedType(
            "hazard_area_aud",
            "reporting_organisation",
            SURVEY_POINTS_AT_REVISION,
            "surveyPoints",
            Map.of("beneficiaries_women", "beneficiaries.women",
                    "beneficiaries_men", "beneficiaries.men",
                    "beneficiaries_girls", "beneficiaries.girls",
                    "beneficiaries_boys", "beneficiaries.boys",
                    "beneficiaries_indirect", "beneficiaries.indirect"),
            // Who and when are the version's own; deletion is its operation.
            Set.of("version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by"),
            Set.of("landowner"));

    private HazardAreaHistory() {
    }
}
