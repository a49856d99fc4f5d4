package org.cairn.ogc.cql2;

import static org.cairn.ogc.cql2.QueryableType.BOOLEAN;
import static org.cairn.ogc.cql2.QueryableType.DATE;
import static org.cairn.ogc.cql2.QueryableType.GEOMETRY;
import static org.cairn.ogc.cql2.QueryableType.ID;
import static org.cairn.ogc.cql2.QueryableType.INTEGER;
import static org.cairn.ogc.cql2.QueryableType.STRING;
import static org.cairn.ogc.cql2.QueryableType.TIMESTAMP;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cairn.feature.Condition;
import org.cairn.web.Uuids;

/**
 * Turns a parsed filter into a PostgreSQL condition: queryables become their fixed SQL, every
 * literal a parameter cast to the type of what it is compared with. The whole condition is checked
 * and rendered before it is appended anywhere, so that a refused filter leaves every statement as it was.
 */
final class SqlTranslator {

    private final OperandTypes types;
    private final FilterCrs crs;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    private SqlTranslator(Map<String, Queryable> queryables, FilterCrs crs) {
        this.types = new OperandTypes(queryables);
        this.crs = crs;
    }

    static Condition translate(Predicate filter, Map<String, Queryable> queryables, FilterCrs crs) {
        SqlTranslator translator = new SqlTranslator(queryables, crs);
        translator.predicate(filter);
        String condition = " AND (" + translator.sql + ")";
        Object[] values = translator.values.toArray();
        return where -> where.append(condition, values);
    }

    /**
     * What an operand must be.
     *
     * @param refusal the reason an operand of another type is refused, given how that operand is described
     */
    private record Expected(QueryableType type, UnaryOperator<String> refusal) {
    }

    private void predicate(Predicate predicate) {
        if (predicate instanceof Predicate.And and) {
            terms(and.terms(), " AND ");
        } else if (predicate instanceof Predicate.Or or) {
            terms(or.terms(), " OR ");
        } else if (predicate instanceof Predicate.Not not) {
            sql.append("NOT (");
            predicate(not.term());
            sql.append(')');
        } else if (predicate instanceof Predicate.Comparison comparison) {
            comparison(comparison);
        } else if (predicate instanceof Predicate.Like like) {
            like(like);
        } else if (predicate instanceof Predicate.Between between) {
            between(between);
        } else if (predicate instanceof Predicate.In in) {
            in(in);
        } else if (predicate instanceof Predicate.IsNull isNull) {
            operand(isNull.value(), new Expected(types.of(isNull.value()), UnaryOperator.identity()));
            sql.append(" IS NULL");
        } else if (predicate instanceof Predicate.Truth truth) {
            bind("CAST(? AS boolean)", truth.value());
        } else {
            spatial((Predicate.Spatial) predicate);
        }
    }

    /** Terms of AND or OR; nested ones are parenthesised, so that the grouping the filter meant is plain to read. */
    private void terms(List<Predicate> terms, String operator) {
        for (int i = 0; i < terms.size(); i++) {
            Predicate term = terms.get(i);
            boolean compound = term instanceof Predicate.And || term instanceof Predicate.Or;
            sql.append(i == 0 ? "" : operator).append(compound ? "(" : "");
            predicate(term);
            sql.append(compound ? ")" : "");
        }
    }

    private void comparison(Predicate.Comparison comparison) {
        String symbol = comparison.operator().symbol();
        Expected expected = comparable("'" + symbol + "'", comparison.at(), comparison.left(), comparison.right());
        operand(comparison.left(), expected);
        sql.append(' ').append(symbol).append(' ');
        operand(comparison.right(), expected);
    }

    private void like(Predicate.Like like) {
        Expected text = new Expected(STRING, found -> "LIKE takes strings, not " + found);
        operand(like.value(), text);
        sql.append(" LIKE ");
        operand(like.pattern(), text);
        // CQL2 patterns escape % and _ with a backslash, as this ESCAPE clause does, so they bind unchanged.
        sql.append(" ESCAPE '\\'");
    }

    private void between(Predicate.Between between) {
        Expected expected = comparable("BETWEEN", between.at(), between.value(), between.low(), between.high());
        operand(between.value(), expected);
        sql.append(" BETWEEN ");
        operand(between.low(), expected);
        sql.append(" AND ");
        operand(between.high(), expected);
    }

    private void in(Predicate.In in) {
        Operand[] operands = Stream.concat(Stream.of(in.value()), in.list().stream()).toArray(Operand[]::new);
        Expected expected = comparable("IN", in.at(), operands);
        operand(in.value(), expected);
        sql.append(" IN (");
        for (int i = 0; i < in.list().size(); i++) {
            sql.append(i == 0 ? "" : ", ");
            operand(in.list().get(i), expected);
        }
        sql.append(')');
    }

    private void spatial(Predicate.Spatial spatial) {
        String name = spatial.function().name();
        Expected geometry = new Expected(GEOMETRY, found -> name + " takes geometries, not " + found);
        sql.append(spatial.function().sql()).append('(');
        operand(spatial.first(), geometry);
        sql.append(", ");
        operand(spatial.second(), geometry);
        sql.append(')');
    }

    /**
     * The type that operands compared with each other take: that of the first property among them,
     * else that of the first literal.
     */
    private Expected comparable(String operator, Location at, Operand... operands) {
        Operand typed = Stream.of(operands)
                .filter(operand -> operand instanceof Operand.PropertyRef || operand instanceof Operand.Casei)
                .findFirst().orElse(operands[0]);
        QueryableType type = types.of(typed);
        if (type == GEOMETRY) {
            throw at.fault(operator + " " + at.describe()
                    + " cannot compare geometries; use a spatial function such as S_EQUALS or S_INTERSECTS.");
        }
        String against = types.describe(typed);
        return new Expected(type, found -> found + " cannot be compared with " + against);
    }

    private void operand(Operand operand, Expected expected) {
        QueryableType type = expected.type();
        if (operand instanceof Operand.PropertyRef property) {
            Queryable queryable = types.queryable(property);
            require(OperandTypes.compatible(queryable.type(), type), operand, expected);
            sql.append('(').append(queryable.sql()).append(')');
        } else if (operand instanceof Operand.Casei casei) {
            require(type == STRING, operand, expected);
            sql.append("lower(");
            operand(casei.value(), new Expected(STRING, found -> "CASEI takes strings, not " + found));
            sql.append(')');
        } else if (operand instanceof Operand.TextLiteral text && type == ID) {
            bind("CAST(? AS uuid)", Uuids.parse(text.value()).orElseThrow(() -> text.at().fault("The text "
                    + text.at().describe() + " is compared with an id, and is no id (a UUID).")));
        } else if (operand instanceof Operand.TextLiteral text) {
            require(type == STRING, operand, expected);
            bind("CAST(? AS text)", text.value());
        } else if (operand instanceof Operand.NumberLiteral number) {
            require(OperandTypes.numeric(type), operand, expected);
            number(number, type);
        } else if (operand instanceof Operand.BooleanLiteral bool) {
            require(type == BOOLEAN, operand, expected);
            bind("CAST(? AS boolean)", bool.value());
        } else if (operand instanceof Operand.DateLiteral date) {
            require(type == DATE || type == TIMESTAMP, operand, expected);
            if (type == TIMESTAMP) {
                bind("CAST(? AS timestamptz)", date.value().atStartOfDay().atOffset(ZoneOffset.UTC));
            } else {
                bind("CAST(? AS date)", date.value());
            }
        } else if (operand instanceof Operand.TimestampLiteral timestamp) {
            require(type == TIMESTAMP, operand, expected);
            bind("CAST(? AS timestamptz)", timestamp.value());
        } else if (operand instanceof Operand.GeometryLiteral geometry) {
            require(type == GEOMETRY, operand, expected);
            Validity.check(geometry);
            values.add(geometry.value().wkt());
            String literal = "ST_SetSRID(ST_GeomFromText(CAST(? AS text)), " + crs.srid() + ")";
            sql.append("ST_Transform(").append(axes(literal)).append(", 4326)");
        } else {
            Operand.BboxLiteral box = (Operand.BboxLiteral) operand;
            require(type == GEOMETRY, operand, expected);
            values.addAll(List.of(box.minX(), box.minY(), box.maxX(), box.maxY()));
            String literal = "ST_MakeEnvelope(?, ?, ?, ?, " + crs.srid() + ")";
            sql.append("ST_Transform(").append(axes(literal)).append(", 4326)");
        }
    }

    /** Whole numbers compared with an integer queryable bind as bigint; any other number as double precision. */
    private void number(Operand.NumberLiteral number, QueryableType type) {
        BigDecimal value = number.value();
        boolean whole = value.signum() == 0
                || value.stripTrailingZeros().scale() <= 0 && value.precision() - value.scale() <= 18;
        if (type == INTEGER && whole) {
            bind("CAST(? AS bigint)", value.longValueExact());
        } else {
            bind("CAST(? AS double precision)", Literals.finite(value.doubleValue(), number.at()));
        }
    }

    /** Latitude-first literals are flipped to meet the stored geometries, which are longitude first. */
    private String axes(String literal) {
        return crs.latitudeFirst() ? "ST_FlipCoordinates(" + literal + ")" : literal;
    }

    private void bind(String fragment, Object value) {
        sql.append(fragment);
        values.add(value);
    }

    private void require(boolean allowed, Operand operand, Expected expected) {
        if (!allowed) {
            Location at = operand.at();
            String refusal = expected.refusal().apply(types.describe(operand));
            throw at.fault("Type mismatch " + at.describe() + ": " + refusal + ".");
        }
    }
}
