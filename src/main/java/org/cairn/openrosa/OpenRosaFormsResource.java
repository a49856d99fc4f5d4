package org.cairn.openrosa;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenRosa Form List API for ODK Collect and KoboCollect: which forms a device may fill, each
 * form, and the media files its lists come from.
 */
@Path("/openrosa")
@Tag(name = "Field apps", description = "OpenRosa 1.0 for ODK Collect and KoboCollect; XLSForms for KoboToolbox "
        + "and Survey123 authors. See src/docs/field-apps.md.")
public class OpenRosaFormsResource {

    static final String XML = "text/xml; charset=utf-8";
    /** ODK Collect names itself on every request it makes (collect:...). */
    static final String DEVICE_ID = "deviceID";

    @Inject ServedForms forms;
    @Inject Caller caller;
    @Inject FormMedia media;
    @Inject OpenRosaBase base;

    @GET
    @Path("formList")
    @Produces(XML)
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "Forms a device may fill", description = "The OpenRosa form list (xformsList), each form "
            + "with its version, hash and download links. `formID` keeps one form; `verbose` is accepted.")
    @APIResponse(responseCode = "200", description = "The form list.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Response formList(@Context UriInfo uri) {
        QueryParameters query = QueryParameters.read(uri, "formID", "verbose", "listAllVersions", DEVICE_ID);
        String only = query.single("formID").orElse(null);
        List<OpenRosaXml.Entry> entries = new ArrayList<>();
        for (ServedForm form : forms.all()) {
            if ((only == null || only.equals(form.id())) && caller.may(form.form().reporters())) {
                String url = base.of(uri) + "/forms/" + form.id();
                boolean hasMedia = !form.lists().isEmpty();
                entries.add(new OpenRosaXml.Entry(form, url, hasMedia ? url + "/manifest" : null));
            }
        }
        return Response.ok(OpenRosaXml.formList(entries), XML).build();
    }

    @GET
    @Path("forms/{formId}")
    @Produces(XML)
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "A form as an XForm", description = "Generated from the records it makes, in English and "
            + "French; an encrypted form carries the key devices encrypt with.")
    @APIResponse(responseCode = "200", description = "The XForm.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Response form(@PathParam("formId") String formId, @Context UriInfo uri) {
        QueryParameters.read(uri, DEVICE_ID);
        return Response.ok(forms.require(formId).xform(), XML).build();
    }

    @GET
    @Path("forms/{formId}/manifest")
    @Produces(XML)
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "The media a form needs", description = "The OpenRosa manifest: the CSV lists its "
            + "questions choose from, each with its hash, as the caller may see them.")
    @APIResponse(responseCode = "200", description = "The manifest.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Response manifest(@PathParam("formId") String formId, @Context UriInfo uri) {
        QueryParameters.read(uri, DEVICE_ID);
        ServedForm form = forms.require(formId);
        List<OpenRosaXml.MediaFile> files = new ArrayList<>();
        for (String list : form.lists()) {
            byte[] csv = media.csv(list).orElseThrow();
            files.add(new OpenRosaXml.MediaFile(list + ".csv", ServedForm.md5(csv),
                    base.of(uri) + "/forms/" + form.id() + "/media/" + list + ".csv"));
        }
        return Response.ok(OpenRosaXml.manifest(files), XML).build();
    }

    @GET
    @Path("forms/{formId}/media/{file}")
    @Produces("text/csv; charset=utf-8")
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "A media file of a form", description = "A CSV list (`name,label`) a question chooses "
            + "from: the ordnance catalogue, or the hazard areas and activities of the caller's organisation.")
    @APIResponse(responseCode = "200", description = "The list.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response mediaFile(@PathParam("formId") String formId, @PathParam("file") String file,
            @Context UriInfo uri) {
        QueryParameters.read(uri, DEVICE_ID);
        ServedForm form = forms.require(formId);
        String list = file.endsWith(".csv") ? file.substring(0, file.length() - ".csv".length()) : "";
        if (!form.lists().contains(list)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Form " + form.id() + " has no media file "
                    + Names.shown(file) + ".");
        }
        return Response.ok(media.csv(list).orElseThrow(), "text/csv; charset=utf-8").build();
    }
}
