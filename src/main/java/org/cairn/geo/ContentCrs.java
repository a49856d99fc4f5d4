package org.cairn.geo;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.cairn.web.MediaTypes;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer with geometry names its CRS in Content-Crs (OGC API Features Part 2), a 201 of a
 * POST included: GeoJSON is CRS84 unless the answer was asked in another CRS and says so itself.
 * A streamed list has no media type yet when this runs, so the method's own @Produces decides.
 */
public class ContentCrs {

    public static final String HEADER = "Content-Crs";
    private static final MediaType GEO_JSON = MediaType.valueOf(MediaTypes.GEO_JSON);

    /** The header's value for a CRS: its URI in angle brackets. */
    public static String of(Crs crs) {
        return "<" + crs.uri() + ">";
    }

    @ServerResponseFilter
    public void nameTheCrs(ContainerResponseContext response, ResourceInfo resource) {
        if (response.getStatus() >= 300 || response.getHeaderString(HEADER) != null) {
            return;
        }
        MediaType type = response.getMediaType();
        if (type != null ? type.isCompatible(GEO_JSON) : producesGeoJson(resource)) {
            response.getHeaders().putSingle(HEADER, of(Crs.CRS84));
        }
    }

    private static boolean producesGeoJson(ResourceInfo resource) {
        Produces produces = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Produces.class);
        return produces != null && Arrays.asList(produces.value()).contains(MediaTypes.GEO_JSON);
    }
}
