package org.cairn.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One point of the checklist an inspector works through, as answered on site. */
@Schema(name = "ChecklistAnswer")
public class ChecklistAnswer {

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "Safety distances between deminers kept")
    public String item;

    @NotNull
    @Schema(required = true)
    public ChecklistResult result;

    @Size(max = 2000)
    public String note;
}
