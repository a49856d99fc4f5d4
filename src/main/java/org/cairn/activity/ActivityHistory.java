package org.cairn.activity;

import java.util.Map;
import java.util.Set;
import org.cairn.audit.AuditedType;
import org.cairn.feature.Restrictions;
import org.cairn.survey.SurveyPointsSql;

/** Where the history of activities is kept. */
final class ActivityHistory {

    /** Linked hazards and survey points as they stood at the revision of the audit row {@code a}. */
    private static final String LINKS_AND_POINTS_AT_REVISION = """
            jsonb_build_object(
              'hazardAreaIds', (SELECT coalesce(jsonb_agg(l.hazard_area_id ORDER BY l.hazard_area_id), '[]'::jsonb)
                                FROM activity_hazard_area_aud l
                                WHERE l.activity_id = a.id AND l.rev <= a.rev
                                  AND (l.revend IS NULL OR l.revend > a.rev) AND l.revtype <> 2),
              'surveyPoints', %s)""".formatted(
            SurveyPointsSql.jsonbArrayAtRevision("activity_survey_point_aud", "activity_id"));

    static final AuditedType TYPE = new AuditedType(
            "activity_aud",
            "implementing_organisation_id",
            "geom",
            LINKS_AND_POINTS_AT_REVISION,
            Map.of("handover_date", "handover.date",
                    "handover_women", "handover.women",
                    "handover_men", "handover.men",
                    "handover_girls", "handover.girls",
                    "handover_boys", "handover.boys"),
            Set.of("version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by"),
            Restrictions.NONE);

    private ActivityHistory() {
    }
}
