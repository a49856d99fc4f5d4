package org.cairn.ogc.cql2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A value in a filter: a property, a literal, or CASEI around one of these. */
sealed interface Operand {

    Location at();

    record PropertyRef(String name, Location at) implements Operand {
    }

    record Casei(Operand value, Location at) implements Operand {
    }

    record TextLiteral(String value, Location at) implements Operand {
    }

    /** A number kept exact, so that it binds as a whole number where the queryable holds integers. */
    record NumberLiteral(BigDecimal value, Location at) implements Operand {
    }

    record BooleanLiteral(boolean value, Location at) implements Operand {
    }

    record DateLiteral(LocalDate value, Location at) implements Operand {
    }

    record TimestampLiteral(OffsetDateTime value, Location at) implements Operand {
    }

    record GeometryLiteral(Geometry value, Location at) implements Operand {
    }

    /** A box as its minimum and maximum in each axis, in the filter CRS's axis order. */
    record BboxLiteral(double minX, double minY, double maxX, double maxY, Location at) implements Operand {
    }
}
