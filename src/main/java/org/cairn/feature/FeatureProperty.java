package org.cairn.feature;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * One property of a feature: its JSON name, the SQL expression that yields it and how to write it.
 * A restricted property reads as null for callers who may not see restricted data, on every row
 * (a landowner) or on the rows where a condition holds (the details of an ammunition store or of an
 * IED). PostgreSQL yields the null, so that every answer, export and filter withholds it alike.
 */
public final class FeatureProperty {

    private final String name;
    private final String sql;
    private final PropertyKind kind;
    private final boolean restricted;
    private final String restrictedWhere;
    private final SerializedString jsonName;

    public FeatureProperty(String name, String sql, PropertyKind kind) {
        this(name, sql, kind, false);
    }

    public FeatureProperty(String name, String sql, PropertyKind kind, boolean restricted) {
        this(name, sql, kind, restricted, restricted ? "TRUE" : null);
    }

    /** A property withheld from callers without restricted access on the rows where the SQL condition holds. */
    public FeatureProperty(String name, String sql, PropertyKind kind, String restrictedWhere) {
        this(name, sql, kind, false, restrictedWhere);
    }

    private FeatureProperty(String name, String sql, PropertyKind kind, boolean restricted, String restrictedWhere) {
        this.name = name;
        this.sql = sql;
        this.kind = kind;
        this.restricted = restricted;
        this.restrictedWhere = restrictedWhere;
        this.jsonName = new SerializedString(name);
    }

    public String name() {
        return name;
    }

    public PropertyKind kind() {
        return kind;
    }

    /** Whether the property is withheld on every row. */
    public boolean restricted() {
        return restricted;
    }

    /** The SQL that yields the property for this caller: null on the rows it may not see. */
    public String sql(FeatureAccess access) {
        if (restrictedWhere == null || access.restricted()) {
            return sql;
        }
        return "CASE WHEN " + restrictedWhere + " THEN NULL ELSE " + sql + " END";
    }

    /**
     * The name quoted and encoded once: a page writes every name once a feature, and encoding them
     * each time was about a fifth of the work of writing a feature.
     */
    SerializableString jsonName() {
        return jsonName;
    }
}
