package org.cairn.feature;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.cairn.db.Freshness;
import org.cairn.security.Caller;
import org.cairn.security.FeatureAccess;
import org.cairn.validation.Warning;
import org.cairn.web.MediaTypes;
import org.cairn.web.Preconditions;
import org.cairn.web.ProblemException;

/**
 * The answers of every feature resource, for the caller: pages, an item with its ETag, and what a
 * write made; an item the caller may not see does not exist for it (404).
 */
@RequestScoped
public class FeatureAnswers {

    @Inject FeatureStore features;
    @Inject Caller caller;

    /** A page of the type's list, as the request's query selects it. */
    public Response list(FeatureType type, UriInfo uri) {
        return page(type, FeatureEndpoint.LIST.query(type, uri.getQueryParameters()), uri);
    }

    /** A page of the items of one parent, such as the land an activity released. */
    public Response listWithin(FeatureType type, String parentFilter, UUID parent, UriInfo uri) {
        return page(type, FeatureEndpoint.LIST.query(type, uri.getQueryParameters()).within(parentFilter, parent), uri);
    }

    public Response page(FeatureType type, FeatureQuery query, UriInfo uri) {
        return Response.ok(features.page(type, query, caller.featureAccess(), pageLinks(uri), Freshness.CURRENT))
                .build();
    }

    /** The item with its ETag; 304 when If-None-Match names its version. */
    public Response item(FeatureType type, UUID id, String ifNoneMatch) {
        StoredFeature feature = stored(type, id, caller.featureAccess(), ExtraMembers.NONE);
        String etag = Preconditions.etag(feature.version());
        if (Preconditions.notModified(ifNoneMatch, feature.version())) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(feature.json(), MediaTypes.GEO_JSON).header(HttpHeaders.ETAG, etag).build();
    }

    /** Refuses with 404 an item the caller may not see, such as the parent of a list. */
    public void requireVisible(FeatureType type, UUID id) {
        if (!features.exists(type, id, caller.featureAccess())) {
            throw ProblemException.notFound(type.itemName(), id);
        }
    }

    /**
     * What a write made: 201 with the item's Location in /api/v1 when new, 200 for a replay or a
     * change, with the write's warnings.
     */
    public Response written(FeatureType type, Written written, UriInfo uri) {
        return written(type, written, uri, caller.featureAccess());
    }

    /** As {@link #written(FeatureType, Written, UriInfo)}, read back with this access. */
    public Response written(FeatureType type, Written written, UriInfo uri, FeatureAccess access) {
        StoredFeature feature = stored(type, written.id(), access, warnings(written));
        Response.ResponseBuilder answer = written.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/v1").path(type.collection())
                        .path(feature.id().toString()).build())
                : Response.ok();
        return answer.entity(feature.json()).type(MediaTypes.GEO_JSON)
                .header(HttpHeaders.ETAG, Preconditions.etag(feature.version())).build();
    }

    /** Links of a page: itself, and the next page as the same request resumed after the cursor. */
    public static PageLinks pageLinks(UriInfo uri) {
        URI self = uri.getRequestUri();
        return PageLinks.of(self.toString(),
                cursor -> uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build().toString());
    }

    private StoredFeature stored(FeatureType type, UUID id, FeatureAccess access, ExtraMembers extra) {
        return features.one(type, id, access, extra).orElseThrow(() -> ProblemException.notFound(type.itemName(), id));
    }

    /** The warnings of a write as a {@code warnings} member of the returned feature. */
    private static ExtraMembers warnings(Written written) {
        return (JsonGenerator json) -> {
            json.writeFieldName("warnings");
            json.writeStartArray();
            for (Warning warning : written.warnings()) {
                json.writeObject(warning);
            }
            json.writeEndArray();
        };
    }
}
