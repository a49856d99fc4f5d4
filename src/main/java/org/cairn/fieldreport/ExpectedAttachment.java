package org.cairn.fieldreport;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file the report will send after it: its name in the report, and what it must hash to. */
@Schema(name = "FieldReportExpectedAttachment")
public class ExpectedAttachment {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}", message = "letters, digits, '.', '_' and '-', at most 100")
    @Schema(required = true, examples = "handover-certificate.pdf")
    public String name;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}", message = "the SHA-256 of the file in lower-case hexadecimal")
    @Schema(required = true, examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    public String sha256;

    @NotNull
    @Min(1)
    @Schema(required = true, description = "Bytes; at most the attachment limit (GET /api/v1/limits).",
            examples = "482113")
    public Long size;
}
