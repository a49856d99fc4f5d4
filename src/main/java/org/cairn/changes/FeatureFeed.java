package org.cairn.changes;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.feature.FeatureStore;
import org.cairn.feature.FeatureType;
import org.cairn.feature.SqlStatement;
import org.cairn.security.FeatureAccess;

/** A collection of features in the feed, read on the one feature path: one query per page, not per entry. */
record FeatureFeed(FeatureType type, FeatureStore features, FeatureAccess access) implements FeedCollection {

    @Override
    public void visible(SqlStatement query) {
        query.append(type.from() + " WHERE t.id = c.item_id");
        type.restrict(access, query);
    }

    @Override
    public Map<UUID, byte[]> items(Set<UUID> ids) {
        return features.many(type, ids, access);
    }
}
