package org.cairn.victim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An accident as a GeoJSON Feature with a Point. */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "AccidentFeature", description = "An accident involving explosive ordnance. Callers without the "
        + "sensitive-data permission see its point generalised and its time withheld.")
public class AccidentFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the accident; a client may choose it when creating.")
    public UUID id;

    @Schema(ref = "GeoJsonPoint", required = true)
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public AccidentProperties properties;
}
