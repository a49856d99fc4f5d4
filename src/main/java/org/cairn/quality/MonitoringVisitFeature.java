package org.cairn.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A monitoring visit as a GeoJSON Feature, drawn at the activity it visited. */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "MonitoringVisitFeature", description = "A monitoring visit to an activity (IMAS 07.40). Its "
        + "geometry is read-only: a point of the activity's worksite; null when the activity has none.")
public class MonitoringVisitFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the visit; a client may choose it when creating.")
    public UUID id;

    @Schema(ref = "GeoJsonPoint", readOnly = true, nullable = true,
            description = "Ignored on writes: drawn from the activity.")
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public MonitoringVisitProperties properties;
}
