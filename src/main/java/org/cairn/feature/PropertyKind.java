package org.cairn.feature;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How a column's value is written into a feature's properties, straight from the JDBC row. */
public enum PropertyKind {
    STRING {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            json.writeString(row.getString(column));
        }
    },
    /**
     * A record's id (a UUID column), written as a string: filters compare it as an id, so that a
     * text that is no id is refused rather than compared with one.
     */
    ID {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            json.writeString(row.getString(column));
        }
    },
    INTEGER {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            long value = row.getLong(column);
            if (row.wasNull()) {
                json.writeNull();
            } else {
                json.writeNumber(value);
            }
        }
    },
    NUMBER {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            double value = row.getDouble(column);
            if (row.wasNull()) {
                json.writeNull();
            } else {
                json.writeNumber(value);
            }
        }
    },
    BOOLEAN {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            boolean value = row.getBoolean(column);
            if (row.wasNull()) {
                json.writeNull();
            } else {
                json.writeBoolean(value);
            }
        }
    },
    /** A date as PostgreSQL prints it with DateStyle ISO, which is RFC 3339's full-date. */
    DATE {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            json.writeString(row.getString(column));
        }
    },
    /**
     * An instant in RFC 3339 with a Z offset, as {@link java.time.Instant#toString} prints it. Selected as
     * PostgreSQL's text of the UTC time and rewritten: decoding a timestamptz through the driver's
     * OffsetDateTime was the largest single cost of writing a page of features.
     */
    TIMESTAMP {
        @Override
        String selected(String sql) {
            return "(" + sql + " AT TIME ZONE 'UTC')::text";
        }

        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            json.writeString(instant(row.getString(column)));
        }
    },
    STRING_ARRAY {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            Array array = row.getArray(column);
            if (array == null) {
                json.writeNull();
                return;
            }
            json.writeStartArray();
            for (Object value : (Object[]) array.getArray()) {
                json.writeString((String) value);
            }
            json.writeEndArray();
        }
    },
    /** JSON composed by PostgreSQL (nested objects, child lists), copied through as the bytes it sent. */
    JSON {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            byte[] value = row.getBytes(column);
            if (value == null) {
                json.writeNull();
            } else {
                json.writeRawValue(new RawJson(value));
            }
        }
    };

    abstract void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException;

    /** The select-list expression that yields a property of this kind from its SQL expression. */
    String selected(String sql) {
        return sql;
    }

    /**
     * PostgreSQL's ISO text of a UTC timestamp ({@code 2026-11-28 10:15:30.12}, trailing zeros of the
     * fraction left out) as Instant.toString prints it ({@code 2026-11-28T10:15:30.120Z}: a fraction of
     * three or six digits, none for whole seconds); null stays null.
     */
    static String instant(String utc) {
        if (utc == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(28).append(utc, 0, 10).append('T').append(utc, 11, utc.length());
        int digits = utc.length() - FRACTION_START;
        if (digits > 0) {
            text.append("00000", 0, (digits <= 3 ? 3 : 6) - digits);
        }
        return text.append('Z').toString();
    }

    /** Where the digits of the fraction begin in "yyyy-mm-dd hh:mm:ss.f". */
    private static final int FRACTION_START = 20;
}
