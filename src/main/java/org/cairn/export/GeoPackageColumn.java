package org.cairn.export;

/** One attribute column of a GeoPackage feature table: its name and the GeoPackage data type of its values. */
public record GeoPackageColumn(String name, Type type) {

    /** The GeoPackage data types an export writes; Java values are bound as {@link GeoPackageFile#add} says. */
    public enum Type {
        TEXT, INTEGER, REAL, BOOLEAN, DATE, DATETIME
    }
}
