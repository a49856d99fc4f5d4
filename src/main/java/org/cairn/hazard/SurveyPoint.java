package org.cairn.hazard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.locationtech.jts.geom.Point;

/** A point surveyed around a hazard, in the order the surveyor walked them. */
@Entity
@Audited
@Table(name = "survey_point")
public class SurveyPoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hazard_area_id")
    public HazardArea hazardArea;

    public int sequence;

    @Enumerated(EnumType.STRING)
    public SurveyPointType type;

    @Column(columnDefinition = "geometry(Point,4326)")
    public Point geom;

    /** The coordinate as the surveyor typed it, kept so that a transcription error can be traced. */
    @Column(name = "entered_text")
    public String enteredText;

    @Enumerated(EnumType.STRING)
    @Column(name = "entered_format")
    public CoordinateFormat enteredFormat;

    @Column(name = "entered_crs")
    public String enteredCrs;

    @Column(name = "bearing_deg")
    public Double bearingDeg;

    @Column(name = "distance_m")
    public Double distanceM;

    @Column(name = "elevation_m")
    public Double elevationM;

    public String description;
}
