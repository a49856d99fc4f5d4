package org.cairn.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairn.export.Markup;
import org.cairn.report.Article7Report.Article7;
import org.cairn.report.Article7Report.Section;

/** The Article 7 report as a self-contained HTML page to read and print: no script, no external resource. */
final class Article7Html {

    static final String MEDIA_TYPE = "text/html";

    private static final String STYLE = """
            body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11pt; margin: 2em; color: #000; }
            h1 { font-size: 16pt; }
            table { border-collapse: collapse; margin: 0 0 1.8em; min-width: 50%; }
            caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
            th, td { border: 1px solid #777; padding: 0.2em 0.6em; }
            th { background: #eee; text-align: left; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            tfoot td, tfoot th { font-weight: bold; }
            p.note { font-size: 9pt; margin: -1.4em 0 1.8em; }
            @page { size: A4; margin: 18mm; }
            @media print {
              body { margin: 0; font-size: 10pt; }
              table { page-break-inside: avoid; }
              th { background: none; }
            }
            """;

    private Article7Html() {
    }

    static String render(Article7 report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        String title = "Article 7 report tables, " + report.year()
                + (report.adminArea() == null ? "" : ", admin area " + report.adminArea());
        html.append("<title>").append(Markup.escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(Markup.escape(title)).append("</h1>\n")
                .append("<p>Calendar year ").append(report.year()).append("; remaining contamination at ")
                .append(report.remainingAt()).append(". Areas in square metres (m²) on the WGS 84 ellipsoid.</p>\n");
        report.sections().forEach(section -> table(html, section));
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, Section section) {
        Tabulation table = section.table();
        html.append("<table id=\"").append(Markup.escape(section.id())).append("\">\n<caption>")
                .append(Markup.escape(section.caption())).append("</caption>\n<thead><tr>");
        table.groupBy().forEach(dimension -> html.append("<th scope=\"col\">").append(Markup.escape(label(dimension)))
                .append("</th>"));
        table.measures().forEach(measure -> html.append("<th scope=\"col\">").append(Markup.escape(label(measure)))
                .append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (Map<String, Object> cell : table.cells()) {
            html.append("<tr>");
            table.groupBy().forEach(dimension -> html.append("<td>").append(Markup.escape(text(cell.get(dimension))))
                    .append("</td>"));
            numbers(html, table.measures(), cell);
            html.append("</tr>\n");
        }
        if (table.cells().isEmpty()) {
            html.append("<tr><td colspan=\"").append(table.groupBy().size() + table.measures().size())
                    .append("\">None</td></tr>\n");
        }
        html.append("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"").append(table.groupBy().size())
                .append("\">Total</th>");
        numbers(html, table.measures(), table.totals());
        html.append("</tr></tfoot>\n</table>\n");
        if (section.note() != null) {
            html.append("<p class=\"note\">").append(Markup.escape(section.note())).append("</p>\n");
        }
    }

    private static void numbers(StringBuilder html, List<String> measures, Map<String, Object> values) {
        measures.forEach(measure -> html.append("<td class=\"n\">").append(Markup.escape(number(values.get(measure))))
                .append("</td>"));
    }

    private static String number(Object value) {
        if (value instanceof BigDecimal area) {
            return String.format(Locale.ROOT, "%,.2f", area);
        }
        return value instanceof Long count ? String.format(Locale.ROOT, "%,d", count) : value.toString();
    }

    private static String text(Object value) {
        return value == null ? "none" : value.toString();
    }

    /** "contaminationType" reads "Contamination type"; "areaM2" reads "Area (m²)". */
    static String label(String name) {
        if (name.equals("areaM2")) {
            return "Area (m²)";
        }
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
