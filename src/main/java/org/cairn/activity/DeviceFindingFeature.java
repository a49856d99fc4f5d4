package org.cairn.activity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A device finding as a GeoJSON Feature with a Point. */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "DeviceFindingFeature", description = "Explosive ordnance found, where, and what became of it.")
public class DeviceFindingFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the finding; a client may choose it when creating.",
            examples = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
    public UUID id;

    @Schema(ref = "GeoJsonPoint", required = true)
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public DeviceFindingProperties properties;
}
