package org.cairn.support;

import java.util.List;

/** JSON does not tell 8 from 8.0: coordinates are compared as numbers, nested as they come. */
public final class Coordinates {

    private Coordinates() {
    }

    public static Object asDoubles(Object coordinates) {
        if (coordinates instanceof Number number) {
            return number.doubleValue();
        }
        return ((List<?>) coordinates).stream().map(Coordinates::asDoubles).toList();
    }
}
