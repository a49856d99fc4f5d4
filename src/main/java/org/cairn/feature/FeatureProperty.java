package org.cairn.feature;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.ArrayList;
import java.util.List;

/**
 * One property of a feature: its JSON name, the SQL expression that yields it and how to write it.
 * Which properties are withheld from whom, the type's {@link Restrictions} say.
 */
public final class FeatureProperty {

    private final String name;
    private final String sql;
    private final PropertyKind kind;
    private final SerializedString jsonName;

    public FeatureProperty(String name, String sql, PropertyKind kind) {
        this.name = name;
        this.sql = sql;
        this.kind = kind;
        this.jsonName = new SerializedString(name);
    }

    /** These properties, then the bookkeeping every record carries, as RecordedData names it. */
    public static List<FeatureProperty> withBookkeeping(FeatureProperty... own) {
        List<FeatureProperty> properties = new ArrayList<>(List.of(own));
        properties.add(new FeatureProperty("createdAt", "t.created_at", PropertyKind.TIMESTAMP));
        properties.add(new FeatureProperty("createdBy", "t.created_by", PropertyKind.STRING));
        properties.add(new FeatureProperty("updatedAt", "t.updated_at", PropertyKind.TIMESTAMP));
        properties.add(new FeatureProperty("updatedBy", "t.updated_by", PropertyKind.STRING));
        properties.add(new FeatureProperty("version", "t.version", PropertyKind.INTEGER));
        return List.copyOf(properties);
    }

    public String name() {
        return name;
    }

    public PropertyKind kind() {
        return kind;
    }

    /** The SQL that yields it for every caller. */
    String sql() {
        return sql;
    }

    /**
     * The name quoted and encoded once: a page writes every name once a feature, and encoding them
     * each time was about a fifth of the work of writing a feature.
     */
    SerializableString jsonName() {
        return jsonName;
    }
}
