package org.cairn.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.geo.GeoJsonGeometryReader;
import org.cairn.geo.GeometryValidity;
import org.cairn.hazard.HazardAreaLinks;
import org.cairn.organisation.Organisation;
import org.cairn.survey.SurveyPointChecks;
import org.cairn.survey.SurveyPointData;
import org.cairn.validation.FieldError;
import org.cairn.validation.Violations;
import org.cairn.validation.Warning;
import org.cairn.web.ProblemException;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/** Every rule an activity must meet before it is written, all checked at once. */
@ApplicationScoped
class ActivityChecks {

    @Inject Validator validator;
    @Inject GeometryValidity validity;

    CheckedActivity check(ActivityFeature input) {
        List<FieldError> errors = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Violations.of(validator, input, errors);
        GeoJsonGeometryReader reader = new GeoJsonGeometryReader(errors, warnings);
        MultiPolygon worksite = null;
        if (input.geometry != null && !input.geometry.isNull()) {
            worksite = reader.readPolygonal(input.geometry, "geometry");
        }
        Map<SurveyPointData, Point> points = new IdentityHashMap<>();
        ActivityProperties in = input.properties;
        if (in != null) {
            Violations.noNulls(in.methods, "properties.methods", errors);
            SurveyPointChecks.check(in.surveyPoints, "properties.surveyPoints", reader, points, errors);
            if (in.startDate != null && in.endDate != null && in.endDate.isBefore(in.startDate)) {
                errors.add(new FieldError("properties.endDate", "is before startDate"));
            }
            HazardAreaLinks.check(in.hazardAreaIds, ActivityProperties.MOST_HAZARD_AREAS, "properties.hazardAreaIds",
                    errors);
            checkOrganisation(in, errors, warnings);
        }
        if (worksite != null) {
            worksite = validity.check(worksite, "geometry", errors, warnings);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.refusal(errors);
        }
        return new CheckedActivity(input, worksite, points, warnings);
    }

    /** An unaccredited operator is worth a data manager's look, not a refusal of field data. */
    private static void checkOrganisation(ActivityProperties in, List<FieldError> errors, List<Warning> warnings) {
        if (in.implementingOrganisationId == null) {
            return;
        }
        Organisation organisation = Organisation.findById(in.implementingOrganisationId);
        if (organisation == null) {
            errors.add(new FieldError("properties.implementingOrganisationId", "no organisation with this id"));
            return;
        }
        if (in.type != null && !organisation.accreditedActivityTypes.contains(in.type)) {
            warnings.add(Warning.of("NOT_ACCREDITED", organisation.name + " is not accredited for " + in.type + "."));
        }
        if (in.type != null && organisation.suspendedActivityTypes.contains(in.type)) {
            warnings.add(Warning.of("ACCREDITATION_SUSPENDED", "The accreditation of " + organisation.name + " for "
                    + in.type + " is suspended since " + organisation.suspendedOn + ": "
                    + organisation.suspensionReason));
        }
        LocalDate day = in.startDate != null ? in.startDate : in.dateOfInformation;
        LocalDate validUntil = organisation.accreditationValidUntil;
        if (validUntil != null && day != null && day.isAfter(validUntil)) {
            warnings.add(Warning.of("ACCREDITATION_EXPIRED",
                    "The accreditation of " + organisation.name + " ended on " + validUntil + "."));
        }
    }
}
