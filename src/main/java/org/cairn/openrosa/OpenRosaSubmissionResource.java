package org.cairn.openrosa;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;
import org.cairn.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.w3c.dom.Element;

/**
 * The OpenRosa Form Submission API: a device asks with HEAD where and how much it may send, then
 * posts the filled form and its photos, in several requests when they are large. Answers are the
 * OpenRosa response document, whose message the app shows; a refusal of a submission is also kept
 * for the data managers to see. A request that is no submission at all is refused in problem+json.
 */
@Path("/openrosa/submission")
@Tag(name = "Field apps")
public class OpenRosaSubmissionResource {

    private static final String INCOMPLETE = "*isIncomplete*";

    @Inject OpenRosaSubmissions submissions;
    @Inject Refusals refusals;
    @Inject Caller caller;

    @HEAD
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "Ask before submitting", description = "204, with X-OpenRosa-Accept-Content-Length: the "
            + "largest request Cairn takes; a larger submission comes in several.")
    @APIResponse(responseCode = "204", description = "Ready.")
    public Response ready(@Context UriInfo uri) {
        QueryParameters.read(uri, OpenRosaFormsResource.DEVICE_ID);
        return Response.noContent().build();
    }

    /**
     * The parts of a submission, as the OpenRosa Form Submission API names them: the body's schema
     * (ApiDocumentation drops the form parameters, whose "every file part" no client can declare).
     */
    @Schema(name = "OpenRosaSubmission", description = "The filled form, and each photo it names as a part of "
            + "its own under its file name.")
    public static class SubmissionParts {
        @Schema(name = OpenRosaSubmissions.XML_PART, required = true, type = SchemaType.STRING, format = "binary",
                description = "The instance, as XML (or ODK's encrypted envelope).")
        public String xmlSubmissionFile;

        @Schema(name = INCOMPLETE, examples = "yes", description = "yes on every request but the last of a "
                + "submission sent in several.")
        public String incomplete;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(OpenRosaFormsResource.XML)
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = SubmissionParts.class)))
    @Operation(summary = "Submit a filled form", description = "Multipart: `xml_submission_file`, the photos it "
            + "names by their file names, and `*isIncomplete*` = yes on every request but the last of a submission "
            + "sent in several. The submission becomes a field report of the credential's organisation; sent again, "
            + "it is the same report (202).")
    @APIResponse(responseCode = "201", description = "Received, or a part of it kept for the rest.",
            content = @Content(mediaType = OpenRosaFormsResource.XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "202", description = "Received before; nothing more to send.",
            content = @Content(mediaType = OpenRosaFormsResource.XML, schema = @Schema(type = SchemaType.STRING)))
    public Response submit(@RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm(INCOMPLETE) String incomplete,
            @Context UriInfo uri) {
        QueryParameters.read(uri, OpenRosaFormsResource.DEVICE_ID);
        Map<String, Part> parts = new LinkedHashMap<>();
        files.forEach(file -> parts.put(file.name(), Part.of(file.uploadedFile())));
        if (!parts.containsKey(OpenRosaSubmissions.XML_PART)) {
            // Not a submission at all: answered as any malformed request, in problem+json.
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is no OpenRosa submission: it has "
                    + "no " + OpenRosaSubmissions.XML_PART + " part.");
        }
        try {
            return switch (submissions.receive(parts, "yes".equalsIgnoreCase(incomplete))) {
                case STORED -> answer(201, "Received: a data manager will review it.");
                case RECEIVED_BEFORE -> answer(202, "Received before: nothing more to send.");
                case PART_KEPT -> answer(201, "Part received: send the rest.");
            };
        } catch (ProblemException refused) {
            int status = refused.problem().status;
            Named named = named(parts);
            refusals.record(caller.subject(), caller.organisationId().orElse(null), named.form(), named.instance(),
                    status, refused.getMessage());
            return Response.status(status).entity(OpenRosaXml.response(refused.getMessage(), "error"))
                    .type(OpenRosaFormsResource.XML).build();
        }
    }

    private static Response answer(int status, String message) {
        return Response.status(status).entity(OpenRosaXml.response(message, ""))
                .type(OpenRosaFormsResource.XML).build();
    }

    /** The form and instance a refused submission names, as far as its XML can be read (null where not). */
    private record Named(String form, String instance) {
    }

    private static Named named(Map<String, Part> parts) {
        Part xml = parts.get(OpenRosaSubmissions.XML_PART);
        if (xml == null) {
            return new Named(null, null);
        }
        try {
            Element root = SubmissionXml.parse(xml.bytes());
            return new Named(root.getAttribute("id"), Answers.of(root).one("meta")
                    .flatMap(meta -> meta.text("instanceID")).orElse(null));
        } catch (ProblemException unreadable) {
            return new Named(null, null);
        }
    }
}
