package org.cairn.hazard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;

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
        area.reportingOrganisation = in.reportingOrganisation;
        area.dateOfInformation = in.dateOfInformation;
        area.estimatedAreaM2 = in.estimatedAreaM2;
        area.geom = checked.geometry();
        applySurveyPoints(in.surveyPoints == null ? List.of() : in.surveyPoints,
                checked.surveyPointGeometries(), area);
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

    /** Points keep their identity (and so their history) when the client sends their ids back. */
    private static void applySurveyPoints(List<SurveyPointData> inputs, Map<SurveyPointData, Point> geometries,
            HazardArea area) {
        Map<UUID, SurveyPoint> existing = area.surveyPoints.stream()
                .collect(Collectors.toMap(point -> point.id, Function.identity()));
        List<SurveyPoint> points = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            SurveyPointData in = inputs.get(i);
            SurveyPoint point = in.id != null && existing.containsKey(in.id) ? existing.get(in.id) : new SurveyPoint();
            if (point.id == null) {
                point.id = in.id != null ? in.id : UUID.randomUUID();
                point.hazardArea = area;
            }
            point.sequence = in.sequence != null ? in.sequence : i + 1;
            point.type = in.type;
            point.geom = geometries.get(in);
            point.enteredText = in.entered == null ? null : in.entered.text;
            point.enteredFormat = in.entered == null ? null : in.entered.format;
            point.enteredCrs = in.entered == null ? null : in.entered.crs;
            point.bearingDeg = in.bearingDeg;
            point.distanceM = in.distanceM;
            point.elevationM = in.elevationM;
            point.description = in.description;
            points.add(point);
        }
        points.sort(Comparator.comparingInt(point -> point.sequence));
        area.surveyPoints.clear();
        area.surveyPoints.addAll(points);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
