package org.cairn.export;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import org.cairn.feature.FeatureProperty;
import org.cairn.feature.FeatureRow;

/**
 * CSV (RFC 4180) with the geometry as WKT in a column named wkt, as QGIS and spreadsheets read it;
 * lists are joined with ";" and nested objects are their JSON text.
 */
final class CsvExport {

    private final Writer out;
    private boolean header;

    CsvExport(Writer out, boolean byteOrderMark) throws IOException {
        this.out = out;
        if (byteOrderMark) {
            // Spreadsheet programs read UTF-8 as a legacy code page unless the file starts with a BOM.
            out.write('\uFEFF');
        }
    }

    void write(FeatureRow row) throws SQLException, IOException {
        if (!header) {
            out.write("id,wkt");
            for (FeatureProperty property : row.properties()) {
                out.write(',');
                out.write(Csv.field(property.name()));
            }
            out.write("\r\n");
            header = true;
        }
        out.write(row.id());
        out.write(',');
        out.write(Csv.field(row.geometryText()));
        for (int i = 0; i < row.properties().size(); i++) {
            out.write(',');
            Object value = row.value(i);
            out.write(value == null ? "" : Csv.field(value.toString()));
        }
        out.write("\r\n");
    }
}
