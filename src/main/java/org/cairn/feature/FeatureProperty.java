package org.cairn.feature;

/**
 * One property of a feature: its JSON name, the SQL expression that yields it and how to write it.
 * A restricted property is written as null for callers who may not see it.
 */
public record FeatureProperty(String name, String sql, PropertyKind kind, boolean restricted) {

    public FeatureProperty(String name, String sql, PropertyKind kind) {
        this(name, sql, kind, false);
    }
}
