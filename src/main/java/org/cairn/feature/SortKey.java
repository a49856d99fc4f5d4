package org.cairn.feature;

/**
 * An order a list may be read in. The column must be NOT NULL so that (column, id) is a total
 * order that keyset paging can resume from; {@code sqlType} is the cast that reads a cursor back.
 */
public record SortKey(String name, String column, String sqlType) {
}
