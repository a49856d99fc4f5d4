package org.cairn;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.cairn.activity.ActivityFeatures;
import org.cairn.activity.DeviceFindingFeatures;
import org.cairn.activity.LandReleaseFeatures;
import org.cairn.eore.EoreCampaignFeatures;
import org.cairn.eore.EoreSessionFeatures;
import org.cairn.feature.Catalogue;
import org.cairn.hazard.HazardAreaFeatures;
import org.cairn.quality.MonitoringVisitFeatures;
import org.cairn.quality.PostClearanceInspectionFeatures;
import org.cairn.survey.SurveyPointFeatures;
import org.cairn.victim.AccidentFeatures;

/** Puts the collections the domain packages declare into the one catalogue, in the order clients list them. */
@Singleton
class ServedCollections {

    @Produces
    @Singleton
    Catalogue catalogue(AccidentFeatures accidents) {
        return new Catalogue(List.of(HazardAreaFeatures.COLLECTION, LandReleaseFeatures.COLLECTION,
                ActivityFeatures.COLLECTION, DeviceFindingFeatures.COLLECTION, SurveyPointFeatures.COLLECTION,
                accidents.collection(), EoreSessionFeatures.COLLECTION, EoreCampaignFeatures.COLLECTION,
                MonitoringVisitFeatures.COLLECTION, PostClearanceInspectionFeatures.COLLECTION));
    }
}
