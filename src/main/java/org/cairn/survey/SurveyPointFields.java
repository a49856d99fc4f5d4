package org.cairn.survey;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.locationtech.jts.geom.Point;

/**
 * What every survey point records, whether it belongs to a hazard area or to an activity; each
 * owner keeps its points in its own table.
 */
@MappedSuperclass
@Audited
public abstract class SurveyPointFields {

    @Id
    public UUID id;

    public int sequence;

    @Enumerated(EnumType.STRING)
    public SurveyPointType type;

    @Column(columnDefinition = "geometry(Point,4326)")
    public Point geom;

    /** The coordinate as the surveyor typed it, kept so that a transcription error can be traced. */
    public String enteredText;

    @Enumerated(EnumType.STRING)
    public CoordinateFormat enteredFormat;

    public String enteredCrs;

    public Double bearingDeg;

    @Column(name = "distance_m")
    public Double distanceM;

    @Column(name = "elevation_m")
    public Double elevationM;

    public String description;
}
