package org.cairn.feature;

/** One property of a feature: its JSON name, the SQL expression that yields it and how to write it. */
public record FeatureProperty(String name, String sql, PropertyKind kind) {
}
