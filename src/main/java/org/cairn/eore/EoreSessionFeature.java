package org.cairn.eore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A risk education session as a GeoJSON Feature with a Point: where it was held. */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "EoreSessionFeature", description = "An explosive ordnance risk education session (IMAS 12.10).")
public class EoreSessionFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the session; a client may choose it when creating.")
    public UUID id;

    @Schema(ref = "GeoJsonPoint", required = true, description = "Where the session was held.")
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public EoreSessionProperties properties;
}
