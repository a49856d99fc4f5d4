package org.cairn.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.validation.FieldError;
import org.locationtech.jts.geom.Point;

/** The rules of a list of survey points beyond each point's own: one point per sequence number and id. */
public final class SurveyPointChecks {

    private SurveyPointChecks() {
    }

    /** Reads each point's geometry into {@code points} and adds every fault to {@code errors}. */
    public static void check(List<SurveyPointData> surveyPoints, String field, GeoJsonGeometryReader reader,
            Map<SurveyPointData, Point> points, List<FieldError> errors) {
        if (surveyPoints == null) {
            return;
        }
        Set<Integer> sequences = new HashSet<>();
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < surveyPoints.size(); i++) {
            SurveyPointData point = surveyPoints.get(i);
            String at = field + "[" + i + "]";
            if (point == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            Point geometry = reader.readPoint(point.geometry, at + ".geometry");
            if (geometry != null) {
                points.put(point, geometry);
            }
            int sequence = point.sequence != null ? point.sequence : i + 1;
            if (!sequences.add(sequence)) {
                errors.add(new FieldError(at + ".sequence", "is used by another point"));
            }
            if (point.id != null && !ids.add(point.id)) {
                errors.add(new FieldError(at + ".id", "is used by another point"));
            }
        }
    }
}
