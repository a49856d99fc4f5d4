package org.cairn.db;

/** Whether a read must see every committed write, or may come from a standby a little behind. */
public enum Freshness {
    /** Lists and items of /api/v1, the change feed, and every read inside a write: read-your-writes. */
    CURRENT,
    /** OGC API items, tiles, exports and statistics: GIS traffic that a standby may take. */
    MAY_LAG
}
