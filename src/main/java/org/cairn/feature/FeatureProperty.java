package org.cairn.feature;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * One property of a feature: its JSON name, the SQL expression that yields it and how to write it.
 * A restricted property is written as null for callers who may not see it.
 */
public final class FeatureProperty {

    private final String name;
    private final String sql;
    private final PropertyKind kind;
    private final boolean restricted;
    private final SerializedString jsonName;

    public FeatureProperty(String name, String sql, PropertyKind kind) {
        this(name, sql, kind, false);
    }

    public FeatureProperty(String name, String sql, PropertyKind kind, boolean restricted) {
        this.name = name;
        this.sql = sql;
        this.kind = kind;
        this.restricted = restricted;
        this.jsonName = new SerializedString(name);
    }

    public String name() {
        return name;
    }

    public String sql() {
        return sql;
    }

    public PropertyKind kind() {
        return kind;
    }

    public boolean restricted() {
        return restricted;
    }

    /**
     * The name quoted and encoded once: a page writes every name once a feature, and encoding them
     * each time was about a fifth of the work of writing a feature.
     */
    SerializableString jsonName() {
        return jsonName;
    }
}
