package org.cairn.hazard;

import java.util.Map;
import java.util.Set;
import org.cairn.audit.AuditedType;
import org.cairn.survey.SurveyPointsSql;

/** Where the history of hazard areas is kept, and how its columns are named in the API. */
final class HazardAreaHistory {

    static final AuditedType TYPE = new AuditedType(
            "hazard_area_aud",
            "reporting_organisation_id",
            "geom",
            "jsonb_build_object('surveyPoints', "
                    + SurveyPointsSql.jsonbArrayAtRevision("survey_point_aud", "hazard_area_id") + ")",
            Map.of("beneficiaries_women", "beneficiaries.women",
                    "beneficiaries_men", "beneficiaries.men",
                    "beneficiaries_girls", "beneficiaries.girls",
                    "beneficiaries_boys", "beneficiaries.boys",
                    "beneficiaries_indirect", "beneficiaries.indirect"),
            // Who and when are the version's own; deletion is its operation.
            Set.of("version", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by",
                    "remaining_geom"),
            HazardAreaFeatures.RESTRICTIONS);

    private HazardAreaHistory() {
    }
}
