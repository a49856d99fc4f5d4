package org.cairn.report;

/** What a statistics table sums in each cell: a name and its SQL aggregate. */
record Measure(String name, String sql) {

    static final Measure COUNT = new Measure("count", "count(*)");

    static Measure sum(String name, String column) {
        return new Measure(name, "coalesce(sum(" + column + "), 0)");
    }

    /** A sum of areas, rounded to the square centimetre so that sums read the same everywhere. */
    static Measure area(String column) {
        return new Measure("areaM2", "round(coalesce(sum(" + column + "), 0)::numeric, 2)");
    }
}
