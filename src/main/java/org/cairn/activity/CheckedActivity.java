package org.cairn.activity;

import java.util.List;
import java.util.Map;
import org.cairn.survey.SurveyPointData;
import org.cairn.validation.Warning;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/** An activity input that passed every check, with its geometries read and its warnings. */
record CheckedActivity(
        ActivityFeature input,
        MultiPolygon worksite,
        Map<SurveyPointData, Point> surveyPointGeometries,
        List<Warning> warnings) {
}
