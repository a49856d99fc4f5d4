package org.cairn.feature;

import java.util.UUID;

/** One feature rendered as GeoJSON, with the version its ETag is made of. */
public record StoredFeature(UUID id, long version, byte[] json) {
}
