package org.cairn.fieldreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cairn.validation.NotAfterToday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field report as a field team's device sends it. */
@Schema(name = "FieldReportSubmission")
public class FieldReportData {

    /** The most items one report may carry: a day's forms, not an archive. */
    static final int MAX_ITEMS = 500;

    @NotNull
    @Schema(required = true, description = "Chosen by the device; sending the same report again is safe.",
            examples = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b")
    public UUID reportId;

    @NotBlank
    @Size(max = 100)
    @Schema(required = true, examples = "ALPHA-HA-20261128-0930")
    public String reportNumber;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "Non-technical survey")
    public String formName;

    @NotBlank
    @Size(max = 50)
    @Schema(required = true, examples = "3.2")
    public String formVersion;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, examples = "Team leader 2")
    public String reporter;

    @NotNull
    @Schema(required = true, examples = "00000000-0000-4000-8000-0000000000a1")
    public UUID reportingOrganisationId;

    @NotNull
    @Schema(required = true, description = "When the information in the report was true.", examples = "2026-11-28")
    @NotAfterToday
    public LocalDate dateOfInformation;

    @Size(max = 200)
    @Schema(description = "The device that sent the report.", examples = "tablet-17")
    public String device;

    @Schema(description = "When true, one invalid item refuses the whole report (422) and nothing is stored.",
            defaultValue = "false")
    public boolean atomic;

    @NotNull
    @Size(min = 1, max = MAX_ITEMS)
    @Schema(required = true)
    public List<@Valid @NotNull FieldReportItemData> items;

    @Size(max = MAX_ITEMS)
    @Schema(description = "Files that follow the report, each sent with PUT .../attachments/{name}.")
    public List<@Valid @NotNull ExpectedAttachment> attachments = List.of();
}
