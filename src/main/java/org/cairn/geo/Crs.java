package org.cairn.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinate reference system Cairn transforms to and from, named by its OGC URI. Axis order
 * follows the definition: CRS84 is longitude, latitude; EPSG:4326 is latitude, longitude; the
 * projected ones are easting, northing.
 *
 * @param uri           the OGC URI, as clients send and receive it
 * @param srid          the PostGIS SRID
 * @param latitudeFirst whether coordinates are latitude first, so that PostGIS's longitude-first ones are flipped
 */
public record Crs(String uri, int srid, boolean latitudeFirst) {

    public static final Crs CRS84 = new Crs("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false);
    public static final Crs EPSG_4326 = epsg(4326, true);
    public static final Crs WEB_MERCATOR = epsg(3857, false);

    /** CRS84, EPSG:4326, Web Mercator, and every UTM zone of WGS 84, north (326xx) and south (327xx). */
    public static final List<Crs> SUPPORTED = supported();

    private static final Pattern EPSG = Pattern.compile(
            "(?:https?://www\\.opengis\\.net/def/crs/EPSG/0/|urn:ogc:def:crs:EPSG::|EPSG:)(\\d+)");
    private static final Pattern OGC_CRS84 = Pattern.compile(
            "https?://www\\.opengis\\.net/def/crs/OGC/1\\.3/CRS84|urn:ogc:def:crs:OGC:1\\.3:CRS84|OGC:CRS84|CRS84");

    /** The CRS a URI names, if Cairn supports it; angle brackets around it, as in Content-Crs, are accepted. */
    public static Optional<Crs> of(String name) {
        String uri = name.trim();
        if (uri.startsWith("<") && uri.endsWith(">")) {
            uri = uri.substring(1, uri.length() - 1).trim();
        }
        if (OGC_CRS84.matcher(uri).matches()) {
            return Optional.of(CRS84);
        }
        Matcher epsg = EPSG.matcher(uri);
        if (epsg.matches()) {
            int code = Integer.parseInt(epsg.group(1));
            return SUPPORTED.stream().filter(crs -> crs != CRS84 && crs.srid() == code).findFirst();
        }
        return Optional.empty();
    }

    /** The UTM zone, 1 to 60, of a longitude. */
    public static int utmZone(double longitude) {
        return Math.max(1, Math.min(60, (int) Math.floor((longitude + 180) / 6) + 1));
    }

    /** Whether coordinates in this CRS are degrees, for the decimals worth writing. */
    public boolean geographic() {
        return srid == 4326;
    }

    private static Crs epsg(int code, boolean latitudeFirst) {
        return new Crs("http://www.opengis.net/def/crs/EPSG/0/" + code, code, latitudeFirst);
    }

    private static List<Crs> supported() {
        List<Crs> all = new ArrayList<>(List.of(CRS84, EPSG_4326, WEB_MERCATOR));
        for (int zone = 1; zone <= 60; zone++) {
            all.add(epsg(32600 + zone, false));
        }
        for (int zone = 1; zone <= 60; zone++) {
            all.add(epsg(32700 + zone, false));
        }
        return Collections.unmodifiableList(all);
    }
}
