package org.cairn.changes;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.feature.SqlStatement;

/** A collection the change feed carries: which of its records a caller may see, and how they read now. */
interface FeedCollection {

    /**
     * Appends, after {@code SELECT 1 FROM}, the rows of the entry's record ({@code c.item_id}) that
     * the caller may see now, deleted or not.
     */
    void visible(SqlStatement query);

    /** The records of these ids as the caller reads them now, by id; one deleted since is absent. */
    Map<UUID, byte[]> items(Set<UUID> ids);
}
