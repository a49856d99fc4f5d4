package org.cairn.hazard;

import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** People who benefit when the land is released: direct beneficiaries by sex and age, and indirect ones. */
@Schema(name = "Beneficiaries")
public class Beneficiaries {

    @PositiveOrZero
    @Schema(description = "Direct beneficiaries: women (18 and over).", examples = "120")
    public Integer women;

    @PositiveOrZero
    @Schema(description = "Direct beneficiaries: men (18 and over).", examples = "110")
    public Integer men;

    @PositiveOrZero
    @Schema(description = "Direct beneficiaries: girls (under 18).", examples = "80")
    public Integer girls;

    @PositiveOrZero
    @Schema(description = "Direct beneficiaries: boys (under 18).", examples = "85")
    public Integer boys;

    @PositiveOrZero
    @Schema(description = "Indirect beneficiaries, all together.", examples = "1500")
    public Integer indirect;
}
