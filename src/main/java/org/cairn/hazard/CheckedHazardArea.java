package org.cairn.hazard;

import java.util.List;
import java.util.Map;
import org.cairn.survey.SurveyPointData;
import org.cairn.validation.Warning;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/** A hazard area input that passed every check, with its geometries read and its warnings. */
record CheckedHazardArea(
        HazardAreaFeature input,
        MultiPolygon geometry,
        Map<SurveyPointData, Point> surveyPointGeometries,
        List<Warning> warnings) {
}
