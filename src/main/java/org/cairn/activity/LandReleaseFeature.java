package org.cairn.activity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A land release record as a GeoJSON Feature: the polygon released and its outcome. */
@JsonIgnoreProperties({"links", "bbox", "warnings"})
@Schema(name = "LandReleaseFeature", description = "Land released from a hazard area by an activity.")
public class LandReleaseFeature {

    @NotNull
    @Pattern(regexp = "Feature", message = "must be Feature")
    @Schema(required = true, enumeration = "Feature")
    public String type;

    @Schema(description = "UUID of the record; a client may choose it, and sending the same request again "
            + "returns the stored record.", examples = "2a9c7e10-4b6d-4f2e-8a13-5c7d9e0f1a2b")
    public UUID id;

    @Schema(ref = "GeoJsonPolygonal", required = true,
            description = "The land processed. It is clipped to what remains of the hazard area.")
    public JsonNode geometry;

    @Valid
    @NotNull
    @Schema(required = true)
    public LandReleaseProperties properties;
}
