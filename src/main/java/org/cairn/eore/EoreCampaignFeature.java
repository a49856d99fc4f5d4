package org.cairn.eore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign as a GeoJSON Feature: its geometry is the areas it covered, which Cairn draws from adminAreas. */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "EoreCampaignFeature", description = "A mass-media risk education campaign. Its geometry is "
        + "read-only: the union of the administrative areas it covered; null when it names none.")
public class EoreCampaignFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the campaign; a client may choose it when creating.")
    public UUID id;

    @Schema(ref = "GeoJsonMultiPolygon", readOnly = true, nullable = true,
            description = "Ignored on writes: drawn from adminAreas.")
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public EoreCampaignProperties properties;
}
