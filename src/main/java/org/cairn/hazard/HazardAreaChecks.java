package org.cairn.hazard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.geo.GeometryValidity;
import org.cairn.organisation.OrganisationService;
import org.cairn.survey.SurveyPointChecks;
import org.cairn.survey.SurveyPointData;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.validation.Warning;
import org.cairn.web.ProblemException;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Every rule a hazard area must meet before it is written, all checked at once so that a field
 * team learns of every fault in one answer.
 */
@ApplicationScoped
class HazardAreaChecks {

    @Inject Validator validator;
    @Inject GeometryValidity validity;

    CheckedHazardArea check(HazardAreaFeature input) {
        List<FieldError> errors = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Violations.of(validator, input, errors);
        GeoJsonGeometryReader reader = new GeoJsonGeometryReader(errors, warnings);
        MultiPolygon geometry = reader.readPolygonal(input.geometry, "geometry");
        Map<SurveyPointData, Point> points = new IdentityHashMap<>();
        if (input.properties != null) {
            HazardAreaProperties in = input.properties;
            Violations.noNulls(in.directEvidence, "properties.directEvidence", errors);
            Violations.noNulls(in.indirectEvidence, "properties.indirectEvidence", errors);
            Violations.noNulls(in.contaminationTypes, "properties.contaminationTypes", errors);
            Violations.noNulls(in.blockages, "properties.blockages", errors);
            SurveyPointChecks.check(in.surveyPoints, "properties.surveyPoints", reader, points, errors);
            if (in.reportingOrganisationId != null && !OrganisationService.exists(in.reportingOrganisationId)) {
                errors.add(new FieldError("properties.reportingOrganisationId", "no organisation with this id"));
            }
        }
        if (geometry != null) {
            geometry = validity.check(geometry, "geometry", errors, warnings);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.refusal(errors);
        }
        return new CheckedHazardArea(input, geometry, points, warnings);
    }
}
