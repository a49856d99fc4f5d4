package org.cairn.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Which rows of a table to count and how to group them: the dimensions, the date span, the admin
 * area (any level) and organisation they must fall in, and conditions of the table's own (fixed
 * SQL, such as "destroyed devices only").
 */
record Selection(List<String> groupBy, LocalDate from, LocalDate to, Integer adminLevel, String adminArea,
        UUID organisation, List<String> conditions) {

    Selection grouped(List<String> dimensions) {
        return new Selection(dimensions, from, to, adminLevel, adminArea, organisation, conditions);
    }

    Selection where(String condition) {
        return new Selection(groupBy, from, to, adminLevel, adminArea, organisation,
                Stream.concat(conditions.stream(), Stream.of(condition)).toList());
    }
}
