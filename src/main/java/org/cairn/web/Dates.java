package org.cairn.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates and times as Cairn takes them, in bodies and parameters alike: RFC 3339 text only (never a
 * number read as days or seconds since 1970), four-digit years, and days in the span mine action
 * records can describe, 1900 to 2099. Java reads far more (years of nine digits, signs, a number as
 * an epoch day), which PostgreSQL then cannot store or a client did not mean.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    public static final String DATE_RULE = "must be a date as YYYY-MM-DD from " + EARLIEST + " to " + LATEST;
    public static final String DATE_TIME_RULE = "must be an RFC 3339 date-time with offset, such as "
            + "2026-11-28T09:30:00Z, from " + EARLIEST + " to " + LATEST;
    public static final String TIME_RULE = "must be a time of day as HH:MM or HH:MM:SS";

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2})?");

    private Dates() {
    }

    /** The day, when the text is one in the span Cairn takes. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return inSpan(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The instant with its offset, when the text is one in the span Cairn takes; t and z as T and Z. */
    public static Optional<OffsetDateTime> dateTime(String text) {
        String upper = text == null ? null : text.toUpperCase(Locale.ROOT);
        if (upper == null || !DATE_TIME.matcher(upper).matches()) {
            return Optional.empty();
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(upper);
            return inSpan(instant.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()).map(day -> instant);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalTime> time(String text) {
        if (text == null || !TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> inSpan(LocalDate day) {
        return day.isBefore(EARLIEST) || day.isAfter(LATEST) ? Optional.empty() : Optional.of(day);
    }
}
