package org.cairn.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quality manager's suspension of some of an organisation's accredited activity types. */
@Schema(name = "AccreditationSuspension")
public class AccreditationSuspension {

    @NotEmpty
    @Size(max = 10)
    @Schema(required = true, description = "Accredited types suspended; they replace any suspended before.")
    public List<ActivityType> activityTypes;

    @NotNull
    @NotAfterToday
    @Schema(required = true, examples = "2026-11-22")
    public LocalDate since;

    @NotBlank
    @Size(max = 2000)
    @Schema(required = true, examples = "Critical non-conformity MV-000007 not closed")
    public String reason;
}
