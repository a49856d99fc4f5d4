package org.cairn.ogc.cql2;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks that date, timestamp, number and BBOX literals pass in either encoding. */
final class Literals {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    private Literals() {
    }

    static LocalDate date(String text, Location at) {
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw at.fault("Invalid date " + at.describe()
                    + "; expected a calendar date as YYYY-MM-DD.");
        }
    }

    /** An RFC 3339 date-time, with Z or a numeric offset. */
    static OffsetDateTime timestamp(String text, Location at) {
        try {
            if (!TIMESTAMP.matcher(text).matches()) {
                throw new DateTimeParseException("not RFC 3339", text, 0);
            }
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw at.fault("Invalid timestamp " + at.describe()
                    + "; expected an RFC 3339 date-time such as 2026-01-31T09:30:00Z.");
        }
    }

    static double finite(double number, Location at) {
        if (!Double.isFinite(number)) {
            throw at.fault("The number " + at.describe() + " is out of range.");
        }
        return number;
    }

    /** A box of 4 numbers, or 6 with heights (which are ignored), in the filter CRS's axis order. */
    static Operand.BboxLiteral bbox(double[] numbers, Location at) {
        if (numbers.length != 4 && numbers.length != 6) {
            throw at.fault("The BBOX " + at.describe() + " has " + numbers.length
                    + " numbers; expected 4 (minimum x, minimum y, maximum x, maximum y) or 6 with heights.");
        }
        int half = numbers.length / 2;
        Operand.BboxLiteral box = new Operand.BboxLiteral(numbers[0], numbers[1], numbers[half], numbers[half + 1], at);
        if (box.minX() > box.maxX() || box.minY() > box.maxY()) {
            throw at.fault("The BBOX " + at.describe()
                    + " has a minimum above its maximum; boxes across the antimeridian are not supported.");
        }
        return box;
    }
}
