package org.cairn.fieldreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a data manager rejects a field report; the field team reads it. */
@Schema(name = "FieldReportRejection")
public class RejectionRequest {

    @NotBlank
    @Size(max = 2000)
    @Schema(required = true, examples = "Coordinates of the whole report are in the wrong zone; please survey again.")
    public String reason;
}
