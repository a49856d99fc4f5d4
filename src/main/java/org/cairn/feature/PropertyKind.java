package org.cairn.feature;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** How a column's value is written into a feature's properties, straight from the JDBC row. */
public enum PropertyKind {
    STRING {
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
    /** An instant in RFC 3339 with a Z offset. */
    TIMESTAMP {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
            json.writeString(value == null ? null : value.toInstant().toString());
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
    /** JSON composed by PostgreSQL (nested objects, child lists), copied through unparsed. */
    JSON {
        @Override
        void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException {
            String value = row.getString(column);
            if (value == null) {
                json.writeNull();
            } else {
                json.writeRawValue(value);
            }
        }
    };

    abstract void write(JsonGenerator json, ResultSet row, int column) throws SQLException, IOException;
}
