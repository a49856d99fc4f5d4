package org.cairn.survey;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cairn.validation.FieldError;
import org.cairn.web.ProblemException;
import org.locationtech.jts.geom.Point;

/** Replaces an owner's survey points with checked input; points keep their identity when sent back by id. */
public final class SurveyPoints {

    private SurveyPoints() {
    }

    /**
     * @param inputs     the points as sent, in order
     * @param geometries their checked geometries
     * @param current    the owner's list, replaced in place so that Hibernate removes orphans
     * @param newPoint   makes a point attached to the owner
     */
    public static <P extends SurveyPointFields> void replace(List<SurveyPointData> inputs,
            Map<SurveyPointData, Point> geometries, List<P> current, Supplier<P> newPoint) {
        Map<UUID, P> existing = current.stream().collect(Collectors.toMap(point -> point.id, Function.identity()));
        refuseOthersIds(inputs, existing.keySet());
        List<P> points = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            SurveyPointData in = inputs.get(i);
            P point = in.id != null && existing.containsKey(in.id) ? existing.get(in.id) : null;
            if (point == null) {
                point = newPoint.get();
                point.id = in.id != null ? in.id : UUID.randomUUID();
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
        current.clear();
        current.addAll(points);
    }

    /** A point id is global: one that another hazard area or activity holds cannot become this owner's. */
    private static void refuseOthersIds(List<SurveyPointData> inputs, Set<UUID> owned) {
        List<UUID> claimed = inputs.stream().map(in -> in.id).filter(id -> id != null && !owned.contains(id)).toList();
        if (claimed.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> taken = Set.copyOf(Panache.getEntityManager().createNativeQuery(
                        "SELECT id FROM survey_point WHERE id = ANY(?1) UNION SELECT id FROM activity_survey_point "
                                + "WHERE id = ANY(?1)", UUID.class)
                .setParameter(1, claimed.toArray(UUID[]::new)).getResultList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (taken.contains(inputs.get(i).id)) {
                errors.add(new FieldError("properties.surveyPoints[" + i + "].id",
                        "belongs to a survey point of another record; leave it out for a new point"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
