package org.cairn.ogc.cql2;

/** What a queryable holds; geometries are PostGIS geometries in EPSG:4326, longitude first. */
public enum QueryableType {
    STRING,
    /** A record's id, a UUID: compared only for (in)equality, with a text that is an id. */
    ID,
    NUMBER,
    INTEGER,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    GEOMETRY
}
