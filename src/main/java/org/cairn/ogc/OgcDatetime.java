package org.cairn.ogc;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.cairn.feature.Condition;
import org.cairn.web.Dates;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * The datetime parameter: an instant, or an interval one of whose ends may be open ({@code ..} or
 * empty) or a duration; both ends open is no interval, the standard's grammar says.
 * Cairn's collections are dated by day, so an instant matches its day, and features without a
 * date match no datetime.
 *
 * @param start first day matched, or null for an open start
 * @param end   last day matched, or null for an open end
 */
record OgcDatetime(LocalDate start, LocalDate end) {

    static OgcDatetime parse(String value) {
        String[] ends = value.split("/", -1);
        if (ends.length == 1) {
            LocalDate day = day(ends[0]);
            return new OgcDatetime(day, day);
        }
        if (ends.length != 2) {
            throw invalid();
        }
        if (duration(ends[0]) && duration(ends[1]) || open(ends[0]) && open(ends[1])) {
            throw invalid();
        }
        LocalDate start = open(ends[0]) || duration(ends[0]) ? null : day(ends[0]);
        LocalDate end = open(ends[1]) || duration(ends[1]) ? null : day(ends[1]);
        if (duration(ends[0]) && end != null) {
            start = shift(end, ends[0], -1);
        } else if (duration(ends[1]) && start != null) {
            end = shift(start, ends[1], 1);
        } else if (duration(ends[0]) || duration(ends[1])) {
            throw invalid();
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter datetime ends before it starts.");
        }
        return new OgcDatetime(start, end);
    }

    Condition condition(String column) {
        return where -> {
            if (start != null) {
                where.append(" AND " + column + " >= ?", start);
            }
            if (end != null) {
                where.append(" AND " + column + " <= ?", end);
            }
        };
    }

    /** An ISO 8601 duration, as in 2026-03-19/P2D: conformance tests send them, and they read naturally. */
    private static boolean duration(String end) {
        return end.startsWith("P");
    }

    /** The day a duration away, a part of a day counting as a whole one, as the collections are dated by day. */
    private static LocalDate shift(LocalDate day, String text, int direction) {
        try {
            if (text.contains("T")) {
                Duration duration = Duration.parse(text);
                long days = duration.toDays() + (duration.toSeconds() % 86_400 == 0 ? 0 : 1);
                return day.plusDays(direction * days);
            }
            Period period = Period.parse(text);
            return direction > 0 ? day.plus(period) : day.minus(period);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    private static boolean open(String end) {
        return end.isEmpty() || end.equals("..");
    }

    /**
     * A day, or a date-time read as its day in UTC. GDAL's OAPIF driver turns a date filter into a
     * date with a bare T ({@code 2026-05-01T/..}); that is taken as the day, which is what it means.
     */
    private static LocalDate day(String text) {
        if (text.length() == 11 && (text.endsWith("T") || text.endsWith("t"))) {
            return Dates.date(text.substring(0, 10)).orElseThrow(OgcDatetime::invalid);
        }
        return (text.contains("T") || text.contains("t")
                ? Dates.dateTime(text).map(instant -> instant.atZoneSameInstant(ZoneOffset.UTC).toLocalDate())
                : Dates.date(text)).orElseThrow(OgcDatetime::invalid);
    }

    /** A refusal that says what datetime takes; it never quotes what was sent. */
    private static ProblemException invalid() {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter datetime is not an RFC 3339 date or "
                + "date-time from " + Dates.EARLIEST + " to " + Dates.LATEST + ", nor an interval of them with at "
                + "most one open end (.. or empty) or one duration.");
    }
}
