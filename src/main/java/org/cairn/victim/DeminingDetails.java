package org.cairn.victim;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For an accident at a demining workplace: what quality management needs to learn from it. */
@Schema(name = "DeminingDetails")
public class DeminingDetails {

    @Schema(description = "Whether the deminer wore the personal protective equipment required.")
    public Boolean ppeWorn;

    @Schema(description = "Whether the standing operating procedure was followed.")
    public Boolean procedureFollowed;

    @Size(max = 2000)
    @Schema(description = "Free text; withheld (null) from callers without the sensitive-data permission.",
            examples = "Prodding at the wrong angle in hard soil")
    public String description;
}
