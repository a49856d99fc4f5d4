package org.cairn.ogc.cql2;

/** What a queryable holds; geometries are PostGIS geometries in EPSG:4326, longitude first. */
public enum QueryableType {
    STRING,
    NUMBER,
    INTEGER,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    GEOMETRY
}
