package org.cairn.openrosa;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.cairn.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The field forms for people: which there are, each as an XLSForm workbook for KoboToolbox and
 * Survey123 Connect authors, and the submissions field apps sent that Cairn refused.
 */
@Path("/api/v1/field-forms")
@Tag(name = "Field apps")
public class FieldFormResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_REFUSALS = 1000;

    @Inject ServedForms forms;
    @Inject Refusals refusals;

    /** A form as the list shows it. */
    @Schema(name = "FieldForm")
    public record Listed(String id, String title, String version, boolean encrypted, String xlsform) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.READ_REFERENCE_DATA)
    @Operation(summary = "The field forms", description = "Each with its current version, whether devices encrypt "
            + "it, and its XLSForm. Field apps read them through /openrosa/formList.")
    @APIResponse(responseCode = "200", description = "The forms, under `items`.")
    public Map<String, List<Listed>> list(@Context UriInfo uri) {
        QueryParameters.read(uri);
        return Map.of("items", forms.all().stream().map(form -> new Listed(form.id(), form.title(), form.version(),
                form.form().encrypted(), uri.getAbsolutePathBuilder().path(form.id()).path("xlsform").build()
                        .toString())).toList());
    }

    @GET
    @Path("{formId}/xlsform")
    @Produces(XLSX)
    @Requires(Access.READ_REFERENCE_DATA)
    @Operation(summary = "A form as an XLSForm workbook", description = "The same questions, choices, constraints "
            + "and labels as the XForm, for KoboToolbox or Survey123 Connect.")
    @APIResponse(responseCode = "200", description = "The workbook.", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsform(@PathParam("formId") String formId, @Context UriInfo uri) {
        QueryParameters.read(uri);
        ServedForm form = forms.require(formId);
        return Response.ok(form.xlsform(), XLSX).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + form.id() + ".xlsx\"").build();
    }

    @GET
    @Path("refused-submissions")
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.APPROVE_FIELD_REPORTS)
    @Operation(summary = "Submissions Cairn refused", description = "What field apps sent and could not be taken, "
            + "newest first: when, which credential, the form and instance it named, and why.")
    @APIResponse(responseCode = "200", description = "The refusals, under `items`.")
    public Map<String, List<Refusals.Refusal>> refused(@Context UriInfo uri) {
        return Map.of("items", refusals.latest(QueryParameters.read(uri, "limit").limit(MAX_REFUSALS)));
    }
}
