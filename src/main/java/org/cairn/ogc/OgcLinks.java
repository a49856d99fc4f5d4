package org.cairn.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.UriInfo;

/** Absolute links under /ogc, as every OGC API document carries them. */
final class OgcLinks {

    static final String JSON = "application/json";
    static final String GEO_JSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final String SCHEMA = "application/schema+json";
    static final String MVT = "application/vnd.mapbox-vector-tile";
    static final String REL_QUERYABLES = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    private OgcLinks() {
    }

    /** The absolute URL of a path below /ogc, such as {@code collections/hazard-areas}. */
    static String href(UriInfo uri, String path) {
        String base = uri.getBaseUri().toString();
        return base + (base.endsWith("/") ? "" : "/") + "ogc" + (path.isEmpty() ? "" : "/" + path);
    }

    static ObjectNode add(ArrayNode links, String rel, String type, String title, String href) {
        ObjectNode link = links.addObject();
        link.put("rel", rel);
        link.put("type", type);
        if (title != null) {
            link.put("title", title);
        }
        link.put("href", href);
        return link;
    }
}
