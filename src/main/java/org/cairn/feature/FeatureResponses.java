package org.cairn.feature;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.cairn.validation.Warning;
import org.cairn.web.MediaTypes;
import org.cairn.web.Preconditions;

/** HTTP habits shared by every feature resource: ETags, conditional GET, links, write answers. */
public final class FeatureResponses {

    private FeatureResponses() {
    }

    public static Response feature(StoredFeature feature, String ifNoneMatch) {
        String etag = Preconditions.etag(feature.version());
        if (Preconditions.notModified(ifNoneMatch, feature.version())) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(feature.json(), MediaTypes.GEO_JSON).header(HttpHeaders.ETAG, etag).build();
    }

    /** 201 with Location for a new item, 200 for a replayed creation or a change. */
    public static Response written(StoredFeature feature, boolean created, UriInfo uri) {
        return written(feature, created, uri.getAbsolutePath());
    }

    /** As {@link #written(StoredFeature, boolean, UriInfo)}, for items that live in another collection. */
    public static Response written(StoredFeature feature, boolean created, URI collection) {
        Response.ResponseBuilder answer = created
                ? Response.created(UriBuilder.fromUri(collection).path(feature.id().toString()).build())
                : Response.ok();
        return answer.entity(feature.json()).type(MediaTypes.GEO_JSON)
                .header(HttpHeaders.ETAG, Preconditions.etag(feature.version())).build();
    }

    /** Renders the warnings of a write as a {@code warnings} member of the returned feature. */
    public static ExtraMembers warnings(List<Warning> warnings) {
        return (JsonGenerator json) -> {
            json.writeFieldName("warnings");
            json.writeStartArray();
            for (Warning warning : warnings) {
                json.writeObject(warning);
            }
            json.writeEndArray();
        };
    }

    public static PageLinks pageLinks(UriInfo uri) {
        URI self = uri.getRequestUri();
        return PageLinks.of(self.toString(),
                cursor -> uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build().toString());
    }
}
