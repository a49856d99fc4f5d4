package org.cairn.feature;

import java.util.List;

/**
 * An order a list may be read in. The column must be NOT NULL so that (column, id) is a total
 * order that keyset paging can resume from; {@code sqlType} is the cast that reads a cursor back.
 */
public record SortKey(String name, String column, String sqlType) {

    /** The orders of Cairn's records: last changed (the default), first recorded, and their human id. */
    public static final List<SortKey> RECORD_ORDERS = List.of(
            new SortKey("updatedAt", "t.updated_at", "timestamptz"),
            new SortKey("createdAt", "t.created_at", "timestamptz"),
            new SortKey("localId", "t.local_id", "text"));
}
