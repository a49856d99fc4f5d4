package org.cairn.survey;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey point of a hazard area, in the order the surveyor walked. */
@Schema(name = "SurveyPoint")
public class SurveyPointData {

    @Schema(description = "Kept when given, so that a point keeps its identity across edits; created otherwise.")
    public UUID id;

    @Positive
    @Schema(description = "Order of the point, from 1; the position in the list when omitted.", examples = "1")
    public Integer sequence;

    @NotNull
    @Schema(required = true)
    public SurveyPointType type;

    @Schema(ref = "GeoJsonPoint", required = true)
    public JsonNode geometry;

    @Valid
    public EnteredCoordinates entered;

    @DecimalMin("0")
    @DecimalMax(value = "360", inclusive = false)
    @Schema(description = "Bearing from the previous point, degrees clockwise from north.", examples = "87.5")
    public Double bearingDeg;

    @PositiveOrZero
    @Schema(description = "Distance from the previous point in metres.", examples = "42.0")
    public Double distanceM;

    @Schema(description = "Elevation in metres above mean sea level.", examples = "612")
    public Double elevationM;

    @Size(max = 2000)
    public String description;
}
