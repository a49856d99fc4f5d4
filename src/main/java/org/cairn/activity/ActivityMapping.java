package org.cairn.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.cairn.survey.SurveyPoints;

/** Copies a checked input onto the entity: a full replacement of everything a client may write. */
final class ActivityMapping {

    private ActivityMapping() {
    }

    static void apply(CheckedActivity checked, Activity activity, Instant now) {
        ActivityProperties in = checked.input().properties;
        activity.name = in.name;
        activity.description = in.description;
        activity.type = in.type;
        ActivityStatus status = in.status != null ? in.status
                : activity.status != null ? activity.status : ActivityStatus.PLANNED;
        if (status != activity.status) {
            activity.status = status;
            activity.statusChangedAt = now;
        }
        activity.implementingOrganisationId = in.implementingOrganisationId;
        activity.team = in.team;
        activity.startDate = in.startDate;
        activity.endDate = in.endDate;
        activity.clearanceDepthCm = in.clearanceDepthCm;
        activity.methods = copy(in.methods);
        activity.assets = copy(in.assets);
        activity.donors = copy(in.donors);
        activity.hazardAreaIds.clear();
        activity.hazardAreaIds.addAll(new LinkedHashSet<>(in.hazardAreaIds));
        Handover handover = in.handover != null ? in.handover : new Handover();
        activity.handoverDate = handover.date;
        activity.handoverWomen = handover.women;
        activity.handoverMen = handover.men;
        activity.handoverGirls = handover.girls;
        activity.handoverBoys = handover.boys;
        activity.geom = checked.worksite();
        activity.dateOfInformation = in.dateOfInformation;
        SurveyPoints.replace(in.surveyPoints == null ? List.of() : in.surveyPoints, checked.surveyPointGeometries(),
                activity.surveyPoints, () -> {
                    ActivitySurveyPoint point = new ActivitySurveyPoint();
                    point.activity = activity;
                    return point;
                });
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
