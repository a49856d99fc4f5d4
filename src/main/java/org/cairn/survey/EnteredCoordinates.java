package org.cairn.survey;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinate as the surveyor typed it, before it became WGS 84. */
@Schema(name = "EnteredCoordinates")
public class EnteredCoordinates {

    @Size(max = 200)
    @Schema(examples = "36P 412345 1034567")
    public String text;

    public CoordinateFormat format;

    @Size(max = 100)
    @Schema(description = "Reference system of the typed text.", examples = "EPSG:32636")
    public String crs;
}
