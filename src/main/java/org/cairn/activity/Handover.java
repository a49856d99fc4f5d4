package org.cairn.activity;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The handover of released land to the community, and who of it was there. */
@Schema(name = "Handover")
public class Handover {

    @Schema(examples = "2026-11-25")
    public LocalDate date;

    @PositiveOrZero
    @Schema(description = "Community members present: women.", examples = "6")
    public Integer women;

    @PositiveOrZero
    @Schema(description = "Community members present: men.", examples = "9")
    public Integer men;

    @PositiveOrZero
    @Schema(description = "Community members present: girls.", examples = "2")
    public Integer girls;

    @PositiveOrZero
    @Schema(description = "Community members present: boys.", examples = "3")
    public Integer boys;
}
