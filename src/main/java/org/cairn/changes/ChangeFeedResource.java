package org.cairn.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import org.cairn.security.Access;
import org.cairn.security.Requires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Tag(name = "Change feed")
public class ChangeFeedResource {

    @Inject ChangeFeed feed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Access.READ_CHANGES)
    @Operation(summary = "Changes since a cursor", description = "Every committed write of the records the caller "
            + "may see, in a stable order: poll with the `next` cursor of the previous answer and no change is "
            + "missed or repeated, whatever order concurrent writers committed in. A deletion comes as a DELETE "
            + "tombstone. An entry appears once the transactions that began before it are over, so a long "
            + "transaction delays the feed rather than breaking it. Personal data never appears.")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "The cursor of the last entry received; "
            + "omitted, the feed starts from the beginning.", example = "7412-2051",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "collections", in = ParameterIn.QUERY, description = "Comma-separated: hazard-areas, "
            + "land-release, activities, device-findings, accidents, casualties; all the caller may read when "
            + "omitted.", example = "hazard-areas,land-release", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Entries per answer, 1 to 1000.",
            example = "100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000",
            defaultValue = "100"))
    @Parameter(name = "include", in = ParameterIn.QUERY, description = "`item` adds each record as it is now "
            + "(null when deleted since).", example = "item", schema = @Schema(type = SchemaType.STRING,
            enumeration = "item"))
    @APIResponse(responseCode = "200", description = "Entries `{cursor, collection, id, version, operation, "
            + "changedAt[, item]}`, the `next` cursor to poll with, and `more` when the page is full.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response changes(@Context UriInfo uri) {
        ChangeRequest request = ChangeRequest.parse(uri, new LinkedHashSet<>(feed.collections()));
        return Response.ok(feed.page(request, next -> uri.getRequestUriBuilder()
                .replaceQueryParam("after", next.toString()).build().toString()), MediaType.APPLICATION_JSON).build();
    }
}
