package org.cairn.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an inspector found, and for a non-conformity the corrective action the organisation owes,
 * by when, and when the inspector saw it done.
 */
@Schema(name = "MonitoringFinding")
public class Finding {

    @NotBlank
    @Size(max = 2000)
    @Schema(required = true, examples = "Two deminers worked 15 m apart, under the 25 m of the SOP")
    public String description;

    @NotNull
    @Schema(required = true)
    public Severity severity;

    @Size(max = 2000)
    @Schema(description = "Required for a non-conformity.", examples = "Brief the team on safety distances")
    public String correctiveAction;

    @Schema(description = "Required for a non-conformity.", examples = "2026-11-30")
    public LocalDate dueDate;

    @NotAfterToday
    @Schema(description = "The day the corrective action was seen done; null while open.", examples = "2026-11-28")
    public LocalDate closedOn;

    @Size(max = 2000)
    public String closureNote;

    boolean open() {
        return severity != null && severity.nonConformity() && closedOn == null;
    }
}
