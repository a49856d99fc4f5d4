package org.cairn.ogc;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairn.geo.Crs;
import org.cairn.web.Names;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** Query parameters of OGC requests: an undeclared one is a 400, as OGC API Features asks. */
final class OgcParameters {

    private OgcParameters() {
    }

    /** Refuses any parameter but these, and any f other than json or geojson. */
    static void only(UriInfo uri, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (String name : uri.getQueryParameters().keySet()) {
            if (!known.contains(name)) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, "Unknown query parameter "
                        + Names.shown(name) + "; this resource accepts "
                        + (known.isEmpty() ? "none" : String.join(", ", allowed)) + ".");
            }
        }
        checkFormat(uri.getQueryParameters());
    }

    /** The f parameter, when given, names one of the JSON encodings Cairn serves. */
    static void checkFormat(Map<String, List<String>> parameters) {
        String format = single(parameters, "f");
        if (format != null && !format.equals("json") && !format.equals("geojson")) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter f must be json or geojson.");
        }
    }

    static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter " + name + " may be given once.");
        }
        return values.get(0);
    }

    /** A CRS parameter's value, refused with 400 when Cairn does not support it. */
    static Crs crs(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return Crs.CRS84;
        }
        return Crs.of(value).orElseThrow(() -> new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter "
                + name + " names a CRS Cairn does not support: " + value + "; see the collection's crs list."));
    }
}
