package org.cairn.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.victim.AccidentFeatures;

/**
 * The rows one statistics table counts and how: {@code from} (tables and joins) and {@code where}
 * (the rows that count), whose {@code ?} take {@code parameters} in order; the measures; its own
 * dimensions; and the SQL of the date span each row covers ({@code starts}, {@code ends}; the same
 * column for an event), its admin area's pcode and its organisation, which every table offers as
 * filters and as the dimensions adminArea and organisation. A table that counts people also names
 * the aggregate of their record keys ({@code keySum}), by which {@link CellKeyRounding} rounds
 * each count; it is null for a table that counts no one.
 */
record StatisticsTable(String from, String where, List<Object> parameters, List<Measure> measures,
        List<Dimension> dimensions, String starts, String ends, String adminPcode, String organisation,
        String keySum) {

    static final String ADMIN_AREA = "adminArea";
    static final String ORGANISATION = "organisation";

    /** A table of things, not people: its counts are published as they are. */
    StatisticsTable(String from, String where, List<Object> parameters, List<Measure> measures,
            List<Dimension> dimensions, String starts, String ends, String adminPcode, String organisation) {
        this(from, where, parameters, measures, dimensions, starts, ends, adminPcode, organisation, null);
    }

    boolean countsPeople() {
        return keySum != null;
    }

    /** Every dimension, the admin area at the given level (the deepest when null) included. */
    Map<String, Dimension> dimensions(Integer adminLevel) {
        Map<String, Dimension> all = new LinkedHashMap<>();
        dimensions.forEach(dimension -> all.put(dimension.name(), dimension));
        // From the joined area, so that a generalised place (a subquery) is worked out once a row.
        all.put(ADMIN_AREA, new Dimension(ADMIN_AREA, adminLevel == null ? AdminAreas.ALIAS + ".pcode"
                : AdminAreas.ALIAS + ".lineage[" + (adminLevel + 1) + "]"));
        all.put(ORGANISATION, new Dimension(ORGANISATION, organisation));
        return all;
    }

    /**
     * The same table placing each row no deeper than accidents are placed for callers without
     * the sensitive-data permission, in its admin area dimension and filter alike.
     */
    StatisticsTable generalised() {
        return new StatisticsTable(from, where, parameters, measures, dimensions, starts, ends,
                AccidentFeatures.generalisedPcode(adminPcode), organisation, keySum);
    }

    List<String> dimensionNames() {
        return List.copyOf(dimensions(null).keySet());
    }

    List<String> measureNames() {
        return measures.stream().map(Measure::name).toList();
    }
}
