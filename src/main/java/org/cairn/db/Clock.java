package org.cairn.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time of a change, to the microsecond as PostgreSQL keeps it, so that what is returned is what is stored. */
public final class Clock {

    private Clock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
