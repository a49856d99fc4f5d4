package org.cairn.hazard;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cairn.survey.SurveyPointFields;
import org.hibernate.envers.Audited;

/** A point surveyed around a hazard, in the order the surveyor walked them. */
@Entity
@Audited
@Table(name = "survey_point")
public class HazardSurveyPoint extends SurveyPointFields {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hazard_area_id")
    public HazardArea hazardArea;
}
