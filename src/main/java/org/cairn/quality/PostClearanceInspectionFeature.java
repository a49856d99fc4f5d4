package org.cairn.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post-clearance inspection as a GeoJSON Feature, drawn as the released land it sampled. */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "PostClearanceInspectionFeature", description = "A post-clearance inspection of released land "
        + "(IMAS 07.42). Its geometry is read-only: the land release's.")
public class PostClearanceInspectionFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the inspection; a client may choose it when creating.")
    public UUID id;

    @Schema(ref = "GeoJsonMultiPolygon", readOnly = true, nullable = true,
            description = "Ignored on writes: drawn from the land release.")
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public PostClearanceInspectionProperties properties;
}
