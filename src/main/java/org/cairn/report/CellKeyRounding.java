package org.cairn.report;

import java.math.BigDecimal;

/**
 * Disclosure control of counts of people by the cell-key method of flexible table builders, with
 * a rounding table. Every casualty carries a fixed random record key (52 bits, V14); a cell's key
 * is the sum of its records' keys, modulo the key range, read as a fraction of it. A count
 * {@code n = 5q + r} is published as {@code 5q + 5} when the cell key is below {@code r / 5}, and
 * as {@code 5q} otherwise: unbiased random rounding to a multiple of 5, drawn once per set of
 * records rather than once per request.
 *
 * <p>What it guarantees: every published count is a multiple of 5, so no sum or difference of
 * published counts, however the requests are combined, is a number from 1 to 4; the same records
 * always give the same figure, so asking again or rephrasing a request reveals nothing new; a zero
 * is published for an empty cell and also, with probability (5 - r) / 5, for a cell of 1 to 4
 * people, so a zero proves nothing; and each figure is within 4 of the truth.
 */
final class CellKeyRounding {

    static final int BASE = 5;

    /** The record keys' range, 2^52, in which their sums wrap around. */
    static final BigDecimal KEY_RANGE = BigDecimal.valueOf(1L << 52);

    private CellKeyRounding() {
    }

    /** The published count of a cell of {@code count} records whose keys sum to {@code keySum}. */
    static long round(long count, BigDecimal keySum) {
        long remainder = count % BASE;
        if (remainder == 0) {
            return count;
        }
        double cellKey = keySum.remainder(KEY_RANGE).doubleValue() / KEY_RANGE.doubleValue();
        long down = count - remainder;
        return cellKey * BASE < remainder ? down + BASE : down;
    }
}
