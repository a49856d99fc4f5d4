package org.cairn.activity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity as a GeoJSON Feature; its geometry, the worksite, may be null. */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "ActivityFeature", description = "A survey or clearance activity as a GeoJSON Feature.")
public class ActivityFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the activity; a client may choose it when creating.",
            examples = "7c1e4b2a-3d5f-4e6a-8b9c-0d1e2f3a4b5c")
    public UUID id;

    @Schema(ref = "GeoJsonPolygonal", nullable = true, description = "The worksite, when one was drawn.")
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public ActivityProperties properties;
}
