package org.cairn.hazard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A hazard area as a GeoJSON Feature: the body of POST and PUT, and the shape of what GET returns.
 * Members a GET adds ({@code links}, {@code bbox}, {@code warnings}) are accepted and ignored, so
 * that a client may send back what it fetched.
 */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "HazardAreaFeature", description = "A hazard area (IMSMA \"Land\") as a GeoJSON Feature.")
public class HazardAreaFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the hazard area. A client may choose it when creating, as offline devices do; "
            + "sending the same one again with the same content returns the stored item.",
            examples = "5b0f7a8e-6c3d-4b8a-9a51-0c1f3e2d4a10")
    public UUID id;

    @Schema(ref = "GeoJsonPolygonal", required = true)
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public HazardAreaProperties properties;
}
