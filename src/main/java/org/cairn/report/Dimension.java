package org.cairn.report;

/**
 * A dimension a statistics table can be grouped by: the SQL that yields its value and, for one
 * that multiplies rows (an array unnested), the join that does it, added only when grouped by.
 */
record Dimension(String name, String sql, String join) {

    Dimension(String name, String sql) {
        this(name, sql, "");
    }
}
