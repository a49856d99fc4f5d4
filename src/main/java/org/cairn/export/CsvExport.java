package org.cairn.export;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.List;
import org.cairn.feature.FeatureProperty;
import org.cairn.feature.FeatureRow;

/**
 * CSV (RFC 4180) with the geometry as WKT in a column named wkt, as QGIS and spreadsheets read it;
 * lists are joined with ";" and nested objects are their JSON text.
 */
final class CsvExport {

    private final Writer out;

    /** Starts the file with its header, so that a selection of no features is a table of no rows. */
    CsvExport(Writer out, boolean byteOrderMark, List<FeatureProperty> properties) throws IOException {
        this.out = out;
        if (byteOrderMark) {
            // Spreadsheet programs read UTF-8 as a legacy code page unless the file starts with a BOM.
            out.write('\uFEFF');
        }
        out.write("id,wkt");
        for (FeatureProperty property : properties) {
            out.write(',');
            out.write(Csv.field(property.name()));
        }
        out.write("\r\n");
    }

    void write(FeatureRow row) throws SQLException, IOException {
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
