package org.cairn.eore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who attended, counted by sex and age as Article 7 reports and Landmine Monitor ask: girls and
 * boys are under 18. Persons with disabilities and displaced persons are among those counted, when
 * the team recorded them.
 */
@Schema(name = "EoreAudience")
public class Audience {

    /** More than any one session reaches; a larger count is a slip of the keyboard. */
    static final int MOST = 100_000;

    @NotNull
    @PositiveOrZero
    @Max(MOST)
    @Schema(required = true, description = "Girls (under 18).", examples = "14")
    public Integer girls;

    @NotNull
    @PositiveOrZero
    @Max(MOST)
    @Schema(required = true, description = "Boys (under 18).", examples = "17")
    public Integer boys;

    @NotNull
    @PositiveOrZero
    @Max(MOST)
    @Schema(required = true, examples = "9")
    public Integer women;

    @NotNull
    @PositiveOrZero
    @Max(MOST)
    @Schema(required = true, examples = "6")
    public Integer men;

    @PositiveOrZero
    @Max(MOST)
    @Schema(description = "Of those counted, persons with disabilities; null when not recorded.", examples = "2")
    public Integer personsWithDisabilities;

    @PositiveOrZero
    @Max(MOST)
    @Schema(description = "Of those counted, refugees and internally displaced persons; null when not recorded.",
            examples = "11")
    public Integer displacedPersons;

    /** Everyone counted; null while a count is missing. */
    Integer total() {
        if (girls == null || boys == null || women == null || men == null) {
            return null;
        }
        return girls + boys + women + men;
    }
}
