package org.cairn.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cairn.web.QueryParameters;

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

    /**
     * This selection, if its span is whole calendar years. People are counted so for callers
     * without the sensitive-data permission: a span that ends on any day would let a person be
     * isolated in a large cell, whose many overlapping windows could then be averaged.
     */
    Selection inWholeYears() {
        String reason = "must be %s of a year (YYYY-%s) when people are counted without the sensitive-data "
                + "permission";
        if (from != null && !MonthDay.from(from).equals(MonthDay.of(1, 1))) {
            throw QueryParameters.invalid("from", reason.formatted("the first day", "01-01"));
        }
        if (to != null && !MonthDay.from(to).equals(MonthDay.of(12, 31))) {
            throw QueryParameters.invalid("to", reason.formatted("the last day", "12-31"));
        }
        return this;
    }

    Selection where(String condition) {
        return new Selection(groupBy, from, to, adminLevel, adminArea, organisation,
                Stream.concat(conditions.stream(), Stream.of(condition)).toList());
    }
}
