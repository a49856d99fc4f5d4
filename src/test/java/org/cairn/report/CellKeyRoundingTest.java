package org.cairn.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rounding rule itself, without a database: what the README promises of every published count. */
class CellKeyRoundingTest {

    private static final Random RANDOM = new Random(20261206);

    @Test
    void everyCountBecomesAMultipleOfFiveWithinFourOfTheTruth() {
        for (long count = 0; count <= 1000; count++) {
            for (int draw = 0; draw < 50; draw++) {
                long published = CellKeyRounding.round(count, key());
                assertEquals(0, published % 5, count + " published as " + published);
                assertTrue(Math.abs(published - count) <= 4, count + " published as " + published);
            }
        }
    }

    @Test
    void zeroAndMultiplesOfFiveStayAsTheyAre() {
        for (long count = 0; count <= 100; count += 5) {
            assertEquals(count, CellKeyRounding.round(count, key()));
        }
        assertEquals(0, CellKeyRounding.round(0, null), "an empty cell has no key");
    }

    @Test
    void theSameRecordsAlwaysGiveTheSameFigure() {
        BigDecimal key = key();
        long first = CellKeyRounding.round(3, key);
        for (int i = 0; i < 20; i++) {
            assertEquals(first, CellKeyRounding.round(3, key));
        }
    }

    /** Rounding up with probability r / 5 leaves every count's expectation where it was. */
    @Test
    void roundingIsUnbiased() {
        for (long count = 1; count <= 9; count++) {
            double sum = 0;
            int draws = 100_000;
            for (int i = 0; i < draws; i++) {
                sum += CellKeyRounding.round(count, key());
            }
            assertEquals(count, sum / draws, 0.05, "mean of " + count);
        }
    }

    /** A small count is published as 0 often enough that a zero proves nothing: (5 - r) / 5 of the time. */
    @Test
    void smallCountsAreOftenPublishedAsZero() {
        for (long count = 1; count <= 4; count++) {
            int zeros = 0;
            int draws = 100_000;
            for (int i = 0; i < draws; i++) {
                zeros += CellKeyRounding.round(count, key()) == 0 ? 1 : 0;
            }
            assertEquals((5 - count) / 5.0, zeros / (double) draws, 0.01, "zeros for " + count);
        }
    }

    /** Sums of keys exceed the key range as cells grow; they wrap around it. */
    @Test
    void keySumsWrapAroundTheKeyRange() {
        BigDecimal key = key();
        assertEquals(CellKeyRounding.round(7, key), CellKeyRounding.round(7, key.add(CellKeyRounding.KEY_RANGE)));
        assertEquals(CellKeyRounding.round(7, key),
                CellKeyRounding.round(7, key.add(CellKeyRounding.KEY_RANGE.multiply(BigDecimal.valueOf(1234)))));
    }

    /** A sum of record keys of several casualties, as PostgreSQL adds them. */
    private static BigDecimal key() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            sum = sum.add(BigDecimal.valueOf(RANDOM.nextLong(1L << 52)));
        }
        return sum;
    }
}
