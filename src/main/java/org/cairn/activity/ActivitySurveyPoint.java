package org.cairn.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cairn.survey.SurveyPointFields;
import org.hibernate.envers.Audited;

/** A point surveyed during an activity: start, turning and end points of a cleared lane, evidence found. */
@Entity
@Audited
@Table(name = "activity_survey_point")
public class ActivitySurveyPoint extends SurveyPointFields {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    public Activity activity;
}
