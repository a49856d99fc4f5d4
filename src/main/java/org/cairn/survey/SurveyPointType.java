package org.cairn.survey;

/** Role of a survey point in the description of a hazard or an activity. */
public enum SurveyPointType {
    REFERENCE_POINT,
    BENCHMARK,
    START_POINT,
    TURNING_POINT,
    INTERMEDIATE_POINT,
    END_POINT,
    EVIDENCE_POINT,
    USAGE_POINT
}
