package org.cairn.hazard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cairn.survey.SurveyPoints;

/** Copies a checked input onto the entity: a full replacement of everything a client may write. */
final class HazardAreaMapping {

    private HazardAreaMapping() {
    }

    static void apply(CheckedHazardArea checked, HazardArea area, Instant now) {
        HazardAreaProperties in = checked.input().properties;
        area.name = in.name;
        area.description = in.description;
        area.classification = in.classification;
        applyStatus(in, area, now);
        area.evidence = in.evidence != null ? in.evidence : Evidence.NOT_SPECIFIED;
        area.directEvidence = copy(in.directEvidence);
        area.indirectEvidence = copy(in.indirectEvidence);
        area.contaminationTypes = copy(in.contaminationTypes);
        area.priority = in.priority;
        area.blockages = copy(in.blockages);
        Beneficiaries b = in.beneficiaries != null ? in.beneficiaries : new Beneficiaries();
        area.beneficiariesWomen = b.women;
        area.beneficiariesMen = b.men;
        area.beneficiariesGirls = b.girls;
        area.beneficiariesBoys = b.boys;
        area.beneficiariesIndirect = b.indirect;
        area.landowner = in.landowner;
        area.reportingOrganisationId = in.reportingOrganisationId;
        area.dateOfInformation = in.dateOfInformation;
        area.estimatedAreaM2 = in.estimatedAreaM2;
        if (area.geom == null || !area.geom.equalsExact(checked.geometry())) {
            // The shape may change only while nothing has been released from it (see HazardAreaService).
            area.remainingGeom = checked.geometry();
        }
        area.geom = checked.geometry();
        SurveyPoints.replace(in.surveyPoints == null ? List.of() : in.surveyPoints,
                checked.surveyPointGeometries(), area.surveyPoints, () -> {
                    HazardSurveyPoint point = new HazardSurveyPoint();
                    point.hazardArea = area;
                    return point;
                });
    }

    /**
     * A missing status means OPEN for a new hazard and "unchanged" for an existing one: a client
     * that leaves the status out must never reopen a closed hazard by accident.
     */
    private static void applyStatus(HazardAreaProperties in, HazardArea area, Instant now) {
        HazardStatus status = in.status != null ? in.status : area.status != null ? area.status : HazardStatus.OPEN;
        if (status != area.status) {
            area.status = status;
            area.statusChangedAt = now;
        }
        area.statusChangeReason = in.statusChangeReason;
        area.statusChangeComment = in.statusChangeComment;
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
