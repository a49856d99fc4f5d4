package org.cairn.changes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/**
 * A place in the change feed: the writing transaction's id, then the entry's position in it.
 * Clients treat it as opaque and send back the last one they received.
 */
record ChangeCursor(long tx, long position) {

    static final ChangeCursor START = new ChangeCursor(0, 0);
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})-(\\d{1,18})");

    static ChangeCursor parse(String value) {
        Matcher cursor = FORMAT.matcher(value);
        if (!cursor.matches()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "Parameter after is not a cursor of this feed; "
                    + "send back the cursor of the last entry you received, or nothing to start from the beginning.");
        }
        return new ChangeCursor(Long.parseLong(cursor.group(1)), Long.parseLong(cursor.group(2)));
    }

    @Override
    public String toString() {
        return tx + "-" + position;
    }
}
