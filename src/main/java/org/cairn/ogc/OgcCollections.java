package org.cairn.ogc;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cairn.activity.ActivityFeatures;
import org.cairn.activity.DeviceFindingFeatures;
import org.cairn.activity.LandReleaseFeatures;
import org.cairn.hazard.HazardAreaFeatures;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.survey.SurveyPointFeatures;
import org.cairn.victim.AccidentFeatures;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** The collections Cairn serves to GIS clients, and which of them a caller may see. */
@ApplicationScoped
public class OgcCollections {

    private final List<OgcCollection> all;

    OgcCollections(AccidentFeatures accidents) {
        this.all = List.of(
                new OgcCollection("hazard-areas", "Hazard areas", "Areas contaminated, or suspected to be, by "
                        + "explosive ordnance (IMSMA Land), with what remains of them after land release.",
                        sensitive -> HazardAreaFeatures.TYPE, Access.READ_HAZARD_AREAS, "t.date_of_information",
                        "geometry-multipolygon", List.of("localId", "name", "classification", "status", "priority"),
                        true),
                new OgcCollection("land-release", "Land release", "Land released from hazard areas by survey and "
                        + "clearance: cancelled, reduced or cleared.", sensitive -> LandReleaseFeatures.TYPE,
                        Access.READ_ACTIVITIES, "t.release_date", "geometry-multipolygon",
                        List.of("localId", "outcome", "voided"), false),
                new OgcCollection("activities", "Activities", "Survey and clearance activities; the geometry is the "
                        + "worksite, null where none was drawn.", sensitive -> ActivityFeatures.TYPE,
                        Access.READ_ACTIVITIES, "t.date_of_information", "geometry-multipolygon",
                        List.of("localId", "name", "type", "status"), false),
                new OgcCollection("device-findings", "Device findings", "Explosive ordnance found, and what became "
                        + "of it.", sensitive -> DeviceFindingFeatures.TYPE, Access.READ_ACTIVITIES, "t.found_date",
                        "geometry-point", List.of("localId", "category", "quantity", "disposalMethod"), false),
                new OgcCollection("survey-points", "Survey points", "Points surveyed around hazard areas and during "
                        + "activities.", sensitive -> SurveyPointFeatures.TYPE, Access.READ_ACTIVITIES,
                        "t.date_of_information", "geometry-point", List.of("type", "sequence", "ownerLocalId"), false),
                new OgcCollection("accidents", "Accidents", "Accidents involving explosive ordnance. Without the "
                        + "sensitive-data permission, points are the centres of their grid cells.",
                        accidents::forCaller, Access.READ_ACCIDENTS, "t.accident_date", "geometry-point",
                        List.of("localId", "type", "deviceCategory", "locationGeneralised"), false));
    }

    /** Every collection, whoever asks; for the API definition. */
    public List<OgcCollection> all() {
        return all;
    }

    /** The collections this caller may read, in a stable order. */
    public List<OgcCollection> visibleTo(Caller caller) {
        return all.stream().filter(collection -> caller.may(collection.read())).toList();
    }

    /**
     * The collection, or 404 when there is none. A caller who may not read it gets 401 without
     * credentials, so that GIS clients ask for them, and 403 with them, as /api/v1 answers.
     */
    public OgcCollection find(String id, Caller caller) {
        OgcCollection collection = all.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No collection " + Names.shown(id) + "."));
        if (!caller.may(collection.read())) {
            throw caller.isAnonymous()
                    ? new ProblemException(ProblemType.UNAUTHORIZED, "Collection " + id + " needs credentials.")
                    : new ProblemException(ProblemType.FORBIDDEN, "Your roles do not allow reading " + id + ".");
        }
        return collection;
    }
}
