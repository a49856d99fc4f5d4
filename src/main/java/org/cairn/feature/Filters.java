package org.cairn.feature;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cairn.web.QueryParameters;
import org.cairn.web.Uuids;

/** The kinds of property filter that lists share. */
public final class Filters {

    private Filters() {
    }

    /** Column equal to any of the given enum constants. */
    public static FeatureFilter anyOf(String column, Class<? extends Enum<?>> type) {
        return new EnumFilter(column, type, " = ANY(?)");
    }

    /** Array column sharing at least one of the given enum constants. */
    public static FeatureFilter overlaps(String column, Class<? extends Enum<?>> type) {
        return new EnumFilter(column, type, " && ?");
    }

    /** UUID column equal to any of the given ids. */
    public static FeatureFilter anyId(String column) {
        return linkedToAnyId(column + " = ANY(?)");
    }

    /**
     * Rows that a fixed SQL condition with one {@code ANY(?)} relates to any of the given ids, such
     * as activities working on one of several hazards.
     */
    public static FeatureFilter linkedToAnyId(String condition) {
        return new FeatureFilter() {
            @Override
            public void apply(String parameter, List<String> values, SqlStatement where) {
                UUID[] ids = values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                        .map(id -> Uuids.parse(id).orElseThrow(() -> QueryParameters.invalid(parameter,
                                "takes ids (UUIDs), comma-separated")))
                        .toArray(UUID[]::new);
                where.append(" AND " + condition, (Object) ids);
            }

            @Override
            public String describe() {
                return "one or more ids, comma-separated";
            }

            @Override
            public String example() {
                return "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a02";
            }
        };
    }

    /** A yes-or-no condition: {@code true} keeps the rows that meet it, {@code false} those that do not. */
    public static FeatureFilter flag(String condition) {
        return new FeatureFilter() {
            @Override
            public void apply(String parameter, List<String> values, SqlStatement where) {
                if (values.size() != 1 || !values.get(0).matches("true|false")) {
                    throw QueryParameters.invalid(parameter, "is true or false");
                }
                where.append(" AND (" + condition + ") = ?", Boolean.parseBoolean(values.get(0)));
            }

            @Override
            public String describe() {
                return "true or false";
            }

            @Override
            public String example() {
                return "false";
            }
        };
    }

    /**
     * Items placed in any of the given administrative areas, at any level: in the area itself or
     * in one of the areas under it.
     */
    public static FeatureFilter inAdminArea(String pcodeColumn) {
        return new FeatureFilter() {
            @Override
            public void apply(String parameter, List<String> values, SqlStatement where) {
                String[] pcodes = values(values);
                if (pcodes.length == 0) {
                    throw QueryParameters.invalid(parameter, "takes one or more pcodes, comma-separated");
                }
                where.append(" AND " + pcodeColumn + " IN (SELECT pcode FROM admin_area WHERE lineage && ?)",
                        (Object) pcodes);
            }

            @Override
            public String describe() {
                return "one or more pcodes of administrative areas, at any level, comma-separated; items in those "
                        + "areas or in areas under them";
            }

            @Override
            public String example() {
                return "ZK01";
            }
        };
    }

    /**
     * Records that name the areas they cover (a campaign) and cover any of the given areas: one of
     * them, an area under one, or an area one lies in (a campaign for a province reaches its districts).
     */
    public static FeatureFilter coversAdminArea(String pcodesColumn) {
        return new FeatureFilter() {
            @Override
            public void apply(String parameter, List<String> values, SqlStatement where) {
                String[] pcodes = values(values);
                if (pcodes.length == 0) {
                    throw QueryParameters.invalid(parameter, "takes one or more pcodes, comma-separated");
                }
                where.append(" AND EXISTS (SELECT 1 FROM admin_area x WHERE x.pcode = ANY(" + pcodesColumn
                        + ") AND (x.lineage && ? OR EXISTS (SELECT 1 FROM admin_area y WHERE y.pcode = ANY(?) "
                        + "AND x.pcode = ANY(y.lineage))))", pcodes, pcodes);
            }

            @Override
            public String describe() {
                return "one or more pcodes of administrative areas, at any level, comma-separated; records covering "
                        + "those areas, areas under them or areas they lie in";
            }

            @Override
            public String example() {
                return "ZK01";
            }
        };
    }

    /** The name lists take the admin area filter by. */
    public static final String ADMIN_AREA = "adminArea";

    /** The pcodes of an admin area filter's values, comma-separated; none for no filter. */
    static String[] values(List<String> values) {
        return values == null ? new String[0] : values.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(pcode -> !pcode.isEmpty()).toArray(String[]::new);
    }

    /** Timestamp column at or after an RFC 3339 instant. */
    public static FeatureFilter since(String column) {
        return new FeatureFilter() {
            @Override
            public void apply(String parameter, List<String> values, SqlStatement where) {
                if (values.size() != 1) {
                    throw QueryParameters.invalid(parameter, "takes one RFC 3339 date-time");
                }
                where.append(" AND " + column + " >= ?", QueryParameters.dateTime(parameter, values.get(0)));
            }

            @Override
            public String describe() {
                return "an RFC 3339 date-time with offset; rows changed at or after it";
            }

            @Override
            public String example() {
                return "2026-11-01T00:00:00Z";
            }
        };
    }

    /** Case-insensitive substring of any of the columns (trigram indexes make it fast). */
    public static FeatureFilter contains(String... columns) {
        return new FeatureFilter() {
            @Override
            public void apply(String parameter, List<String> values, SqlStatement where) {
                if (values.size() != 1 || values.get(0).isBlank()) {
                    throw QueryParameters.invalid(parameter, "takes one non-empty search text");
                }
                String pattern = "%" + values.get(0).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.append(" AND (");
                for (int i = 0; i < columns.length; i++) {
                    where.append((i > 0 ? " OR " : "") + columns[i] + " ILIKE ?", pattern);
                }
                where.append(")");
            }

            @Override
            public String describe() {
                return "text found in the name or the human id, ignoring case";
            }

            @Override
            public String example() {
                return "ridge";
            }
        };
    }

    private record EnumFilter(String column, Class<? extends Enum<?>> type, String operator) implements FeatureFilter {

        @Override
        public void apply(String parameter, List<String> values, SqlStatement where) {
            Set<String> allowed = constants();
            String[] wanted = values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                    .toArray(String[]::new);
            for (String value : wanted) {
                if (!allowed.contains(value)) {
                    throw QueryParameters.invalid(parameter, "has an unknown value; expected " + describe());
                }
            }
            where.append(" AND " + column + operator, (Object) wanted);
        }

        @Override
        public String describe() {
            return "one or more of " + String.join(", ", constants()) + ", comma-separated";
        }

        @Override
        public String example() {
            return constants().iterator().next();
        }

        private Set<String> constants() {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
