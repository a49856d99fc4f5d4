package org.cairn.feature;

import java.util.List;
import java.util.function.Function;
import org.cairn.security.Access;

/**
 * A collection Cairn serves: as OGC API Features and tiles, as exports and in the change feed, from
 * the same feature types as /api/v1.
 *
 * @param id              path name, equal to the /api/v1 collection it mirrors
 * @param type            the feature type a caller reads, by whether it holds the sensitive-data permission
 * @param read            the access a caller needs to see the collection at all
 * @param temporalColumn  SQL of the date the datetime parameter and the temporal extent use
 * @param geometryFormat  JSON Schema format of its geometry for the queryables
 * @param tileProperties  properties carried into vector tiles, for styling
 * @param writable        whether OGC API Features Part 4 writes are accepted
 */
public record ServedCollection(
        String id,
        String title,
        String description,
        Function<Boolean, FeatureType> type,
        Access read,
        String temporalColumn,
        String geometryFormat,
        List<String> tileProperties,
        boolean writable) {

    public FeatureType type(boolean sensitive) {
        return type.apply(sensitive);
    }
}
