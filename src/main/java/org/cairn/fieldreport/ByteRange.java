package org.cairn.fieldreport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** One range of bytes a client asks for (RFC 9110, section 14); several ranges are served whole. */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** The range of a Range header, empty when the whole file is to be sent; 416 when none of it exists. */
    static Optional<ByteRange> of(String header, long size) {
        Matcher single = header == null ? null : SINGLE.matcher(header.trim());
        if (single == null || !single.matches() || single.group(1).isEmpty() && single.group(2).isEmpty()) {
            return Optional.empty();
        }
        try {
            if (single.group(1).isEmpty()) {
                long suffix = Long.parseLong(single.group(2));
                if (suffix == 0) {
                    throw unsatisfiable(size);
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(single.group(1));
            if (first >= size) {
                throw unsatisfiable(size);
            }
            long last = single.group(2).isEmpty() ? size - 1 : Long.parseLong(single.group(2));
            if (last < first) {
                return Optional.empty();
            }
            return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ProblemException unsatisfiable(long size) {
        return new ProblemException(ProblemType.RANGE_NOT_SATISFIABLE, "The file has " + size + " bytes.")
                .with("size", size);
    }
}
