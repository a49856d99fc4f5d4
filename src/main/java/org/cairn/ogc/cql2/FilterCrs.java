package org.cairn.ogc.cql2;

/**
 * The reference system of geometry literals in a filter (the filter-crs parameter).
 *
 * @param srid          the PostGIS SRID the literals are in
 * @param latitudeFirst whether the literals list latitude before longitude, as EPSG:4326 defines it
 */
public record FilterCrs(int srid, boolean latitudeFirst) {

    public static final FilterCrs CRS84 = new FilterCrs(4326, false);

    /** The SRID is written into SQL as a number, so only a positive one is accepted. */
    public FilterCrs {
        if (srid <= 0) {
            throw new IllegalArgumentException("An SRID is a positive number, not " + srid);
        }
    }
}
