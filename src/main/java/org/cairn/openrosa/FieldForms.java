package org.cairn.openrosa;

import static org.cairn.openrosa.Ask.field;
import static org.cairn.openrosa.Ask.fromList;
import static org.cairn.openrosa.Ask.point;
import static org.cairn.openrosa.Ask.required;
import static org.cairn.openrosa.Ask.shape;

import java.util.List;
import java.util.Optional;
import org.cairn.activity.DeviceFindingFeature;
import org.cairn.eore.EoreSessionFeature;
import org.cairn.fieldreport.ItemKind;
import org.cairn.hazard.HazardAreaFeature;
import org.cairn.quality.MonitoringVisitFeature;
import org.cairn.security.Access;
import org.cairn.victim.AccidentFeature;
import org.cairn.victim.CasualtyData;

/** The forms Cairn serves to field apps, each the records it makes and the fields it asks for. */
final class FieldForms {

    /** Ordnance models of the catalogue, shipped with the forms that name one. */
    static final String ORDNANCE = "ordnance";
    /** The hazard areas and activities the device's organisation works on. */
    static final String HAZARD_AREAS = "hazard-areas";
    static final String ACTIVITIES = "activities";

    /** Non-technical survey: the area, drawn or walked, its evidence, blockages, beneficiaries and points. */
    static final FieldForm HAZARD_SURVEY = new FieldForm("cairn-hazard-survey", false, List.of(
            new Section("hazard", ItemKind.HAZARD_AREA, HazardAreaFeature.class, false, List.of(
                    field("properties.name"),
                    field("properties.classification"),
                    shape("geometry"),
                    required("properties.evidence"),
                    field("properties.directEvidence"),
                    field("properties.indirectEvidence"),
                    field("properties.contaminationTypes"),
                    field("properties.priority"),
                    field("properties.blockages"),
                    field("properties.beneficiaries.women"),
                    field("properties.beneficiaries.men"),
                    field("properties.beneficiaries.girls"),
                    field("properties.beneficiaries.boys"),
                    field("properties.beneficiaries.indirect"),
                    field("properties.landowner"),
                    field("properties.description"),
                    field("properties.surveyPoints[].type"),
                    point("properties.surveyPoints[].geometry"),
                    field("properties.surveyPoints[].description")))));

    /** A device found, on a hazard area or in an activity, and what became of it. */
    static final FieldForm DEVICE_FINDING = new FieldForm("cairn-device-finding", false, List.of(
            new Section("device", ItemKind.DEVICE_FINDING, DeviceFindingFeature.class, false, List.of(
                    fromList("properties.activityId", ACTIVITIES),
                    fromList("properties.hazardAreaId", HAZARD_AREAS),
                    point("geometry"),
                    fromList("properties.ordnanceTypeId", ORDNANCE),
                    field("properties.category"),
                    field("properties.quantity"),
                    field("properties.condition"),
                    field("properties.depthCm"),
                    field("properties.foundDate"),
                    field("properties.disposalMethod"),
                    field("properties.disposalDate"),
                    field("properties.description")))));

    /** An accident and its casualties: sensitive, so the device encrypts what it sends. */
    static final FieldForm ACCIDENT = new FieldForm("cairn-accident", true, List.of(
            new Section("accident", ItemKind.ACCIDENT, AccidentFeature.class, false, List.of(
                    field("properties.type"),
                    field("properties.date"),
                    field("properties.dateKnown"),
                    field("properties.time"),
                    field("properties.locationSafeToRecord"),
                    point("geometry"),
                    field("properties.deviceCategory"),
                    fromList("properties.ordnanceTypeId", ORDNANCE),
                    field("properties.cause"),
                    field("properties.description"))),
            new Section("casualty", ItemKind.CASUALTY, CasualtyData.class, true, List.of(
                    field("outcome"),
                    field("sex"),
                    field("ageAtAccident"),
                    field("status"),
                    field("activityAtTime"),
                    field("handledDeliberately"),
                    field("injuries"),
                    required("consentShareAuthorities"),
                    required("consentShareNgos")))));

    /** A risk education session: where, how, and who came, by sex and age. */
    static final FieldForm EORE_SESSION = new FieldForm("cairn-eore-session", false, List.of(
            new Section("session", ItemKind.EORE_SESSION, EoreSessionFeature.class, false, List.of(
                    field("properties.date"),
                    field("properties.community"),
                    point("geometry"),
                    field("properties.deliveryMethod"),
                    field("properties.audience.girls"),
                    field("properties.audience.boys"),
                    field("properties.audience.women"),
                    field("properties.audience.men"),
                    field("properties.audience.personsWithDisabilities"),
                    field("properties.audience.displacedPersons"),
                    field("properties.topics"),
                    field("properties.ordnanceShown"),
                    field("properties.staffCount"),
                    field("properties.description")))));

    /**
     * An inspector's visit to an activity: the checklist point by point, and each finding with the
     * corrective action it asks for. Offered to quality managers only.
     */
    static final FieldForm MONITORING_VISIT = new FieldForm("cairn-monitoring-visit", false, Access.WRITE_QUALITY,
            List.of(new Section("visit", ItemKind.MONITORING_VISIT, MonitoringVisitFeature.class, false, List.of(
                    fromList("properties.activityId", ACTIVITIES),
                    field("properties.date"),
                    field("properties.inspector"),
                    field("properties.checklist[].item"),
                    field("properties.checklist[].result"),
                    field("properties.checklist[].note"),
                    field("properties.findings[].description"),
                    field("properties.findings[].severity"),
                    field("properties.findings[].correctiveAction"),
                    field("properties.findings[].dueDate"),
                    field("properties.summary")))));

    static final List<FieldForm> ALL = List.of(HAZARD_SURVEY, DEVICE_FINDING, ACCIDENT, EORE_SESSION,
            MONITORING_VISIT);

    private FieldForms() {
    }

    static Optional<FieldForm> find(String id) {
        return ALL.stream().filter(form -> form.id().equals(id)).findFirst();
    }
}
