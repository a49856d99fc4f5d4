package org.cairn.fieldreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The files of a field report: photos, sketches and signed certificates, streamed in and out. */
@Path("/api/v1/field-reports/{id}/attachments/{name}")
@Tag(name = "Field reports")
public class FieldReportAttachmentResource {

    private static final String IMAGE = "image/*";
    private static final String PDF = "application/pdf";
    private static final String BINARY = "application/octet-stream";

    @Inject Attachments attachments;

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Requires(Access.SUBMIT_FIELD_REPORTS)
    @Operation(summary = "Send a file of a field report",
            description = "The report must have announced the file by name, with its SHA-256 and size; a file "
                    + "that does not match them is refused (422) and nothing is kept. Photos (JPEG, PNG, WebP, HEIC, "
                    + "HEIF, TIFF, GIF) and PDF only, told by the file's first bytes whatever its Content-Type says "
                    + "(415 otherwise); at most the attachment limit (default 25 MB, `GET /api/v1/limits`), else 413. "
                    + "The same file again changes nothing (200).")
    @RequestBody(required = true, content = {
            @Content(mediaType = IMAGE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Received and kept.")
    @APIResponse(responseCode = "200", description = "This file had been received before.")
    public Response receive(@PathParam("id") UUID id, @PathParam("name") String name, InputStream body) {
        boolean stored = attachments.receive(id, name, body);
        return Response.status(stored ? Response.Status.CREATED : Response.Status.OK)
                .tag(attachments.received(id, name).sha256()).build();
    }

    @GET
    @Requires(Access.READ_FIELD_REPORTS)
    @Operation(summary = "Get a file of a field report",
            description = "Streamed as the type its bytes showed when it was received, always as a download "
                    + "(Content-Disposition: attachment) that a browser neither sniffs nor runs, with its SHA-256 as "
                    + "ETag (If-None-Match gives 304) and one byte range on request (`Range: bytes=0-1023`, 206).")
    @APIResponse(responseCode = "200", description = "The file.",
            content = @Content(mediaType = BINARY, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The range asked for.",
            content = @Content(mediaType = BINARY, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response get(@PathParam("id") UUID id, @PathParam("name") String name,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @HeaderParam("Range") String range) {
        Attachments.Attachment file = attachments.received(id, name);
        String etag = "\"" + file.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        Optional<ByteRange> part = ByteRange.of(range, file.size());
        ByteRange bytes = part.orElse(new ByteRange(0, file.size() - 1));
        StreamingOutput content = out -> attachments.copy(id, name, bytes.first(), bytes.last(), out);
        Response.ResponseBuilder answer = Response.status(part.isPresent() ? 206 : 200).entity(content)
                .type(AttachmentTypes.served(file.mediaType())).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, download(name)).header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length());
        part.ifPresent(p -> answer.header("Content-Range", p.contentRange(file.size())));
        return answer.build();
    }

    /** Content-Disposition for a download under the file's own name, which holds nothing that needs quoting. */
    private static String download(String name) {
        return "attachment; filename=\"" + name + "\"";
    }
}
