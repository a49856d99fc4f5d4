package org.cairn.adminarea;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.cairn.feature.FeatureReadException;
import org.cairn.feature.PageLinks;
import org.cairn.feature.RawJson;
import org.cairn.feature.ServerCursor;
import org.cairn.feature.SqlStatement;

/**
 * Administrative areas as GeoJSON, written as PostGIS encodes them: a country's boundaries run
 * to megabytes, so rows stream from a server-side cursor straight into the answer.
 */
@ApplicationScoped
public class AdminAreaReader {

    private static final String COLUMNS = "SELECT pcode, name, level, parent_pcode, lineage, area_m2, updated_at, "
            + "ST_AsGeoJSON(geom, 15) FROM admin_area WHERE true";
    private static final int FETCH_SIZE = 50;

    private final AgroalDataSource dataSource;
    private final JsonFactory json;

    AdminAreaReader(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.json = mapper.getFactory();
    }

    /** A page of the areas the filters keep, in pcode order, with the links of a list. */
    public StreamingOutput page(AdminAreaQuery query, PageLinks links) {
        SqlStatement select = new SqlStatement().append(COLUMNS);
        query.where(select);
        select.append(" ORDER BY pcode LIMIT ?", query.limit() + 1);
        return output -> {
            try {
                ServerCursor.stream(dataSource, select, FETCH_SIZE,
                        rows -> writePage(rows, query.limit(), links, output));
            } catch (SQLException e) {
                throw new FeatureReadException(e);
            }
        };
    }

    public Optional<byte[]> one(String pcode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = new SqlStatement().append(COLUMNS + " AND pcode = ?", pcode)
                        .prepare(connection);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (JsonGenerator out = json.createGenerator(buffer)) {
                writeFeature(row, out);
            }
            return Optional.of(buffer.toByteArray());
        } catch (SQLException | IOException e) {
            throw new FeatureReadException(e);
        }
    }

    private void writePage(ResultSet rows, int limit, PageLinks links, OutputStream output)
            throws SQLException, IOException {
        try (JsonGenerator out = json.createGenerator(output)) {
            out.writeStartObject();
            out.writeStringField("type", "FeatureCollection");
            out.writeArrayFieldStart("features");
            int returned = 0;
            String last = null;
            boolean more = false;
            while (rows.next()) {
                if (returned == limit) {
                    more = true;
                    break;
                }
                writeFeature(rows, out);
                last = rows.getString(1);
                returned++;
            }
            out.writeEndArray();
            out.writeNumberField("numberReturned", returned);
            out.writeArrayFieldStart("links");
            PageLinks.write(out, "self", links.type(), links.self());
            if (more) {
                PageLinks.write(out, "next", links.type(), links.nextWithCursor().apply(cursor(last)));
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static void writeFeature(ResultSet row, JsonGenerator out) throws SQLException, IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeStringField("id", row.getString(1));
        out.writeFieldName("geometry");
        out.writeRawValue(new RawJson(row.getBytes(8)));
        out.writeObjectFieldStart("properties");
        out.writeStringField("pcode", row.getString(1));
        out.writeStringField("name", row.getString(2));
        out.writeNumberField("level", row.getInt(3));
        out.writeStringField("parentPcode", row.getString(4));
        out.writeArrayFieldStart("lineage");
        for (Object pcode : (Object[]) row.getArray(5).getArray()) {
            out.writeString((String) pcode);
        }
        out.writeEndArray();
        out.writeNumberField("areaM2", row.getDouble(6));
        out.writeStringField("updatedAt", row.getObject(7, OffsetDateTime.class).toInstant().toString());
        out.writeEndObject();
        out.writeEndObject();
    }

    /** The last pcode of a page, opaque to clients so that paging may change without breaking them. */
    static String cursor(String lastPcode) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastPcode.getBytes(StandardCharsets.UTF_8));
    }
}
