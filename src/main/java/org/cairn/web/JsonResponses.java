package org.cairn.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** ETags and Location for items answered as plain JSON rather than GeoJSON. */
public final class JsonResponses {

    private JsonResponses() {
    }

    public static Response item(Object item, long version, String ifNoneMatch) {
        String etag = Preconditions.etag(version);
        if (Preconditions.notModified(ifNoneMatch, version)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(item).header(HttpHeaders.ETAG, etag).build();
    }

    public static Response created(Object item, UUID id, long version, UriInfo uri) {
        return created(item, id, version, uri.getAbsolutePath());
    }

    /** For items that live in another collection than the one posted to. */
    public static Response created(Object item, UUID id, long version, URI collection) {
        return Response.created(UriBuilder.fromUri(collection).path(id.toString()).build()).entity(item)
                .header(HttpHeaders.ETAG, Preconditions.etag(version)).build();
    }

    public static Response changed(Object item, long version) {
        return Response.ok(item).header(HttpHeaders.ETAG, Preconditions.etag(version)).build();
    }

    /** A page of a plain JSON list: its items, how many, and links to itself and to the next page. */
    public static Map<String, Object> page(List<?> items, String next, UriInfo uri) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", items);
        answer.put("numberReturned", items.size());
        List<Map<String, String>> links = new ArrayList<>();
        links.add(Map.of("rel", "self", "type", MediaType.APPLICATION_JSON, "href", uri.getRequestUri().toString()));
        if (next != null) {
            links.add(Map.of("rel", "next", "type", MediaType.APPLICATION_JSON, "href",
                    uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build().toString()));
        }
        answer.put("links", links);
        return answer;
    }
}
