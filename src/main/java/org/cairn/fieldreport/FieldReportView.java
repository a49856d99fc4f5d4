package org.cairn.fieldreport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field report as Cairn answers it: what was sent, where it stands, and what became of each item. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldReport")
public record FieldReportView(UUID reportId, String reportNumber, String formName, String formVersion,
        String reporter, UUID reportingOrganisationId, LocalDate dateOfInformation, String device, boolean atomic,
        FieldReportStatus status, String rejectionReason, Instant submittedAt, String submittedBy,
        Instant decidedAt, String decidedBy, long version,
        @Schema(description = "Left out of lists.") List<Item> items,
        @Schema(description = "Files announced by the report; left out of lists.") List<Attachment> attachments) {

    static FieldReportView summary(FieldReport report) {
        return of(report, null, null);
    }

    static FieldReportView of(FieldReport report, List<Item> items, List<Attachment> attachments) {
        return new FieldReportView(report.id, report.reportNumber, report.formName, report.formVersion,
                report.reporter, report.reportingOrganisationId, report.dateOfInformation, report.device,
                report.atomic, report.status, report.rejectionReason, report.submittedAt, report.submittedBy,
                report.decidedAt, report.decidedBy, report.version, items, attachments);
    }

    /** One item and its outcome; {@code recordId} is the record it made or changed once applied. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldReportItem")
    public record Item(UUID id, ItemKind kind, UUID targetId, Long baseVersion, UUID activityId, UUID hazardAreaId,
            UUID accidentId,
            @Schema(type = SchemaType.OBJECT, description = "The record as sent. Items about accidents and "
                    + "casualties show it only to callers with the sensitive-data permission, monitoring visits only to "
                    + "callers who read quality records.") JsonNode content,
            @Schema(description = "True when the content exists but is withheld from this caller.")
            Boolean contentWithheld,
            ItemOutcome outcome,
            @Schema(ref = "Problem", description = "Why the item was refused, held for the approver or skipped.")
            JsonNode problem,
            UUID recordId) {
    }

    /** A file the report announced; {@code received} false while it is still missing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldReportAttachment")
    public record Attachment(String name, String sha256, long size, String mediaType, boolean received) {
    }
}
