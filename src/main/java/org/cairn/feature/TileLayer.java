package org.cairn.feature;

import java.util.Map;

/**
 * One layer of a vector tile: a collection, read as the caller's type of it, with the features a
 * request selects (its filters, time and CQL2 conditions; everything when it sets none).
 */
public record TileLayer(ServedCollection collection, FeatureType type, FeatureQuery selection) {

    /** Every feature of the collection that the caller may see. */
    public static TileLayer whole(ServedCollection collection, boolean sensitive) {
        FeatureType type = collection.type(sensitive);
        return new TileLayer(collection, type, FeatureEndpoint.OGC_TILE.query(type, Map.of()));
    }
}
