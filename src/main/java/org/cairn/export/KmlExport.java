package org.cairn.export;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.Map;
import org.cairn.feature.FeatureRow;

/**
 * KML for Google Earth and field tablets: a placemark a feature, its geometry as PostGIS wrote it,
 * its properties as ExtendedData, and hazard areas styled by classification as mine action maps
 * colour them (red confirmed, orange suspected, yellow indications).
 */
final class KmlExport {

    /** KML colours are aabbggrr. */
    private static final Map<String, String> CLASSIFICATION_COLOURS = Map.of(
            "CHA", "7f0000ff",
            "SHA", "7f0080ff",
            "INDICATION", "7f00ffff",
            "AMMUNITION_STORAGE", "7f800080",
            "EOD_SPOT", "7f0000aa");
    private static final String DEFAULT_COLOUR = "7f808080";

    private final Writer out;
    private final int classification;
    private final int label;

    KmlExport(Writer out, String title, int classification, int label) throws IOException {
        this.out = out;
        this.classification = classification;
        this.label = label;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">"
                + "<Document><name>" + Markup.escape(title) + "</name>\n");
        for (Map.Entry<String, String> style : CLASSIFICATION_COLOURS.entrySet()) {
            style(style.getKey(), style.getValue());
        }
        style("default", DEFAULT_COLOUR);
    }

    void write(FeatureRow row) throws SQLException, IOException {
        Object styleKey = classification < 0 ? null : row.value(classification);
        String style = styleKey != null && CLASSIFICATION_COLOURS.containsKey(styleKey.toString())
                ? styleKey.toString() : "default";
        Object name = label < 0 ? null : row.value(label);
        out.write("<Placemark id=\"" + row.id() + "\"><name>" + Markup.escape(name == null ? row.id() : name.toString())
                + "</name><styleUrl>#" + style + "</styleUrl><ExtendedData>");
        for (int i = 0; i < row.properties().size(); i++) {
            Object value = row.value(i);
            if (value != null) {
                out.write("<Data name=\"" + Markup.escape(row.properties().get(i).name()) + "\"><value>"
                        + Markup.escape(value.toString()) + "</value></Data>");
            }
        }
        out.write("</ExtendedData>");
        String geometry = row.geometryText();
        if (geometry != null) {
            out.write(geometry);
        }
        out.write("</Placemark>\n");
    }

    void finish() throws IOException {
        out.write("</Document></kml>\n");
    }

    private void style(String id, String colour) throws IOException {
        out.write("<Style id=\"" + id + "\"><LineStyle><color>ff" + colour.substring(2) + "</color><width>2</width>"
                + "</LineStyle><PolyStyle><color>" + colour + "</color></PolyStyle></Style>\n");
    }
}
