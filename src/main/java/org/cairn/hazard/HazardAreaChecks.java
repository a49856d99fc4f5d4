package org.cairn.hazard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.geo.GeometryValidity;
import org.cairn.validation.FieldError;
import org.cairn.validation.Warning;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Every rule a hazard area must meet before it is written, all checked at once so that a field
 * team learns of every fault in one answer.
 */
@ApplicationScoped
class HazardAreaChecks {

    private final Validator validator;
    private final GeometryValidity validity;

    HazardAreaChecks(Validator validator, GeometryValidity validity) {
        this.validator = validator;
        this.validity = validity;
    }

    CheckedHazardArea check(HazardAreaFeature input) {
        List<FieldError> errors = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (ConstraintViolation<HazardAreaFeature> violation : validator.validate(input)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        GeoJsonGeometryReader reader = new GeoJsonGeometryReader(errors, warnings);
        MultiPolygon geometry = reader.readPolygonal(input.geometry, "geometry");
        Map<SurveyPointData, Point> points = new IdentityHashMap<>();
        if (input.properties != null) {
            checkLists(input.properties, errors);
            checkSurveyPoints(input.properties.surveyPoints, reader, points, errors);
        }
        if (geometry != null) {
            geometry = validity.check(geometry, "geometry", errors, warnings);
        }
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        return new CheckedHazardArea(input, geometry, points, warnings);
    }

    private static ProblemException refusal(List<FieldError> errors) {
        if (errors.stream().allMatch(error -> error.field().startsWith("geometry"))) {
            FieldError first = errors.get(0);
            return new ProblemException(ProblemType.INVALID_GEOMETRY, first.field() + ": " + first.reason(), errors);
        }
        return ProblemException.invalid(errors);
    }

    private static void checkLists(HazardAreaProperties properties, List<FieldError> errors) {
        noNulls(properties.directEvidence, "properties.directEvidence", errors);
        noNulls(properties.indirectEvidence, "properties.indirectEvidence", errors);
        noNulls(properties.contaminationTypes, "properties.contaminationTypes", errors);
        noNulls(properties.blockages, "properties.blockages", errors);
        noNulls(properties.surveyPoints, "properties.surveyPoints", errors);
    }

    private static void noNulls(List<?> values, String field, List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be null"));
            }
        }
    }

    private static void checkSurveyPoints(List<SurveyPointData> surveyPoints, GeoJsonGeometryReader reader,
            Map<SurveyPointData, Point> points, List<FieldError> errors) {
        if (surveyPoints == null) {
            return;
        }
        Set<Integer> sequences = new HashSet<>();
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < surveyPoints.size(); i++) {
            SurveyPointData point = surveyPoints.get(i);
            if (point == null) {
                continue;
            }
            String field = "properties.surveyPoints[" + i + "]";
            Point geometry = reader.readPoint(point.geometry, field + ".geometry");
            if (geometry != null) {
                points.put(point, geometry);
            }
            int sequence = point.sequence != null ? point.sequence : i + 1;
            if (!sequences.add(sequence)) {
                errors.add(new FieldError(field + ".sequence", "sequence " + sequence + " is used twice"));
            }
            if (point.id != null && !ids.add(point.id)) {
                errors.add(new FieldError(field + ".id", "id " + point.id + " is used twice"));
            }
        }
    }
}
