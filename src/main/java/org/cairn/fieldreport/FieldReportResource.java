package org.cairn.fieldreport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.validation.FieldError;
import org.cairn.web.JsonBodies;
import org.cairn.web.JsonResponses;
import org.cairn.web.Problem;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for field reports: submission, one by one or in batches, reading, and the data manager's approval
 * or rejection. The batch's path holds a colon, which RESTEasy Reactive reads as the start of a regular
 * expression unless it is percent-encoded; a class at the collection's path would take the batch's
 * requests and find no method for them, so all of it hangs from {@code /api/v1}.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Field reports", description = "What field teams send from their devices; it reaches the national "
        + "record only when a data manager approves it.")
public class FieldReportResource {

    /** Enough for a week offline; a device with more sends several batches. */
    static final int MAX_REPORTS = 100;

    @Inject FieldReportSubmission submission;
    @Inject FieldReportService reports;
    @Inject FieldReportApproval approval;
    @Inject JsonBodies bodies;

    @GET
    @Path("field-reports")
    @Requires(Access.READ_FIELD_REPORTS)
    @Operation(summary = "List field reports", description = "Oldest submission first, without their items, paged "
            + "with a `next` link. Field surveyors see their own organisation's reports only.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Comma-separated statuses.",
            example = "SUBMITTED", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "reportingOrganisationId", in = ParameterIn.QUERY, description = "Reports of this organisation.",
            example = "00000000-0000-4000-8000-0000000000a1", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "dateOfInformationFrom", in = ParameterIn.QUERY, description = "Date of information on or "
            + "after this date.", example = "2026-11-01", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "dateOfInformationTo", in = ParameterIn.QUERY, description = "Date of information on or "
            + "before this date.", example = "2026-11-30", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size; larger values are lowered to the "
            + "maximum.", example = "100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "10000", defaultValue = "100"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "Opaque; taken from a `next` link.",
            example = "YzEKc3VibWl0dGVkQXQKMjAyNi0xMS0yOFQwOTozMDowMFoKNWIwZjdhOGUtNmMzZC00YjhhLTlhNTEtMGMxZjNlMmQ0YTEw",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "A page of field reports under `items`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FieldReportPage")))
    public Map<String, Object> list(@Context UriInfo uri) {
        FieldReportFilter filter = FieldReportFilter.parse(uri.getQueryParameters());
        FieldReportService.Page page = reports.list(filter);
        return JsonResponses.page(page.items(), page.next(), uri);
    }

    @POST
    @Path("field-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "Submit a field report",
            description = "Every item is checked as its own endpoint would check it, and the answer gives each "
                    + "item's outcome: ACCEPTED, INVALID (with the endpoint's problem) or CONFLICT (a change of a "
                    + "record that has moved on, or that holds newer information). An atomic report with an invalid "
                    + "item is refused whole (422, with each item's outcome); otherwise it is stored with its issues "
                    + "for the approver. Sending the same reportId with the same content again returns the stored "
                    + "report (200); with other content, 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FieldReportData.class)))
    @APIResponse(responseCode = "201", description = "Stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FieldReportView.class)))
    @APIResponse(responseCode = "200", description = "The same report was received before; as stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FieldReportView.class)))
    public Response submit(InputStream body, @Context UriInfo uri) {
        FieldReportSubmission.Submitted submitted = submission.submit(bodies.readTree(body));
        FieldReportView report = submitted.report();
        return submitted.created() ? JsonResponses.created(report, report.reportId(), report.version(), uri)
                : JsonResponses.changed(report, report.version());
    }

    @GET
    @Path("field-reports/{id}")
    @Requires(Access.READ_FIELD_REPORTS)
    @Operation(summary = "Get one field report", description = "With every item's outcome and, once applied, the "
            + "record it made or changed (`recordId`). 404 for another organisation's report to a field surveyor.")
    @APIResponse(responseCode = "200", description = "The field report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FieldReportView.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        FieldReportView report = reports.get(id);
        return JsonResponses.item(report, report.version(), ifNoneMatch);
    }

    @POST
    @Path("field-reports/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.APPROVE_FIELD_REPORTS)
    @Operation(summary = "Approve a field report",
            description = "Applies every accepted item in one transaction, through the same rules as the direct "
                    + "API; invalid items are left out. A change whose record has moved on since its base version "
                    + "needs a decision (APPLY or SKIP), else 409 names the undecided items. A change older than "
                    + "the information the record holds is skipped: an older report never overwrites newer facts. "
                    + "If any item can no longer be applied, nothing is, and the problem names the item.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApprovalRequest.class)))
    @APIResponse(responseCode = "200", description = "Approved; each item shows what became of it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FieldReportView.class)))
    public Response approve(@PathParam("id") UUID id, InputStream body) {
        FieldReportView report = approval.approve(id, bodies.convert(bodies.readTree(body), ApprovalRequest.class));
        return JsonResponses.changed(report, report.version());
    }

    @POST
    @Path("field-reports/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.APPROVE_FIELD_REPORTS)
    @Operation(summary = "Reject a field report", description = "With a reason for the field team; nothing of the "
            + "report reaches the national record.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RejectionRequest.class)))
    @APIResponse(responseCode = "200", description = "Rejected.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FieldReportView.class)))
    public Response reject(@PathParam("id") UUID id, InputStream body) {
        FieldReportView report = approval.reject(id, bodies.convert(bodies.readTree(body), RejectionRequest.class));
        return JsonResponses.changed(report, report.version());
    }

    /** The outcome of one report: the status a single submission would have had, and its report or problem. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldReportBatchResult")
    public record Result(int status, FieldReportView report, Problem problem) {
    }

    @POST
    @Path("field-reports%3Abatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "Submit many field reports",
            description = "`{\"reports\": [...]}` with up to 100 reports, each as `POST /api/v1/field-reports` takes "
                    + "it. Each report is submitted on its own: some may be stored while others are refused. The "
                    + "answer holds one result per report, in order, with the status a single submission would "
                    + "have had (201, 200 for a replay, 4xx with its problem).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, ref = "FieldReportBatch")))
    @APIResponse(responseCode = "200", description = "A result per report under `results`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "FieldReportBatchResults")))
    public Map<String, List<Result>> submitBatch(InputStream body) {
        List<Result> results = new ArrayList<>();
        for (JsonNode report : reportsOf(bodies.readTree(body))) {
            results.add(submitOne(report));
        }
        return Map.of("results", results);
    }

    private Result submitOne(JsonNode report) {
        try {
            FieldReportSubmission.Submitted submitted = submission.submit(report);
            return new Result(submitted.created() ? 201 : 200, submitted.report(), null);
        } catch (ProblemException e) {
            return new Result(e.problem().status, null, e.problem());
        }
    }

    private static JsonNode reportsOf(JsonNode batch) {
        JsonNode reports = batch.get("reports");
        if (!batch.isObject() || batch.size() != 1 || reports == null || !reports.isArray()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A batch is {\"reports\": [...]} and nothing "
                    + "else.");
        }
        if (reports.isEmpty() || reports.size() > MAX_REPORTS) {
            throw ProblemException.invalid(List.of(new FieldError("reports", "must hold 1 to " + MAX_REPORTS
                    + " reports")));
        }
        return reports;
    }
}
