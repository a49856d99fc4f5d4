package org.cairn.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.config.CairnConfig;

/**
 * The tables of an Article 7 transparency report (and of Landmine Monitor) for one calendar year,
 * for the whole country or one admin area.
 */
@ApplicationScoped
class Article7Report {

    /** One table of the report: what it is, the caption a reader sees, and its cells. */
    record Section(String id, String caption, String note, Tabulation table) {
    }

    record Article7(int year, String adminArea, LocalDate remainingAt, List<Section> sections) {

        Map<String, Object> json() {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("year", year);
            answer.put("from", LocalDate.of(year, 1, 1));
            answer.put("to", LocalDate.of(year, 12, 31));
            answer.put("remainingAt", remainingAt);
            answer.put("adminArea", adminArea);
            answer.put("tables", sections.stream().map(section -> {
                Map<String, Object> table = new LinkedHashMap<>();
                table.put("id", section.id());
                table.put("caption", section.caption());
                table.put("note", section.note());
                table.putAll(StatisticsAnswer.json(section.table()));
                return table;
            }).toList());
            return answer;
        }
    }

    private static final String TYPES_NOTE = "A record counts once under each contamination type of its hazard "
            + "area (NONE when it names none), so the rows may add up to more than the total.";
    private static final String ROUNDING_NOTE = "Counts are rounded to multiples of " + CellKeyRounding.BASE
            + " by the records they count, each count on its own, so the rows may not add up to the total; rows "
            + "rounded to 0 are left out.";

    private static final String RISK_EDUCATION_NOTE = "People are counted at each session they attended; "
            + "mass-media campaigns, whose reach is estimated, are not counted here.";

    private final Tabulator tabulator;
    private final double closingThresholdM2;

    Article7Report(Tabulator tabulator, CairnConfig config) {
        this.tabulator = tabulator;
        this.closingThresholdM2 = config.landRelease().closingThresholdM2();
    }

    /** The report; {@code exact} for callers with the sensitive-data permission, else people's counts rounded. */
    Article7 build(int year, String adminArea, boolean exact) {
        LocalDate end = LocalDate.of(year, 12, 31);
        Selection during = new Selection(List.of(), LocalDate.of(year, 1, 1), end, null, adminArea, null, List.of());
        Selection stock = new Selection(List.of(), null, null, null, adminArea, null, List.of());
        Selection destroyed = during.where(StatisticsTables.DESTROYED);
        String rounding = exact ? null : ROUNDING_NOTE;
        return new Article7(year, adminArea, end, List.of(
                new Section("landReleased", "Land released in " + year + " by outcome and contamination type "
                        + "(area in m²)", TYPES_NOTE, tabulator.tabulate(StatisticsTables.LAND_RELEASE,
                        during.grouped(List.of("outcome", "contaminationType")))),
                new Section("remainingContamination", "Remaining contamination at " + end + ": suspected (SHA) and "
                        + "confirmed (CHA) hazardous areas by contamination type (area in m²)", TYPES_NOTE,
                        tabulator.tabulate(StatisticsTables.remainingContamination(end, closingThresholdM2),
                                stock.grouped(List.of("classification", "contaminationType")))),
                new Section("devicesDestroyedByCategory", "Devices destroyed in " + year + " by category", null,
                        tabulator.tabulate(StatisticsTables.DEVICES, destroyed.grouped(List.of("category")))),
                new Section("devicesDestroyedByActivityType", "Devices destroyed in " + year + " by activity type",
                        null, tabulator.tabulate(StatisticsTables.DEVICES, destroyed.grouped(List.of("activityType")))),
                new Section("casualties", "Casualties in " + year + " by outcome, sex and age group", rounding,
                        people(StatisticsTables.CASUALTIES, during.grouped(List.of("outcome", "sex", "ageGroup")),
                                exact)),
                new Section("victimAssistance", "People assisted in " + year + " by service type, sex and age "
                        + "group (casualties; each counts once a service type)", rounding,
                        people(StatisticsTables.ASSISTANCE, during.grouped(List.of("type", "sex", "ageGroup")),
                                exact)),
                new Section("riskEducation", "Risk education in " + year + ": sessions and the people they reached "
                        + "by sex and age (girls and boys under 18), by delivery method", RISK_EDUCATION_NOTE,
                        tabulator.tabulate(StatisticsTables.RISK_EDUCATION,
                                during.grouped(List.of("deliveryMethod"))))));
    }

    /**
     * A table of people as the statistics endpoints count it for the same caller: without the
     * sensitive-data permission, accidents placed no deeper than in the accident lists, and counts rounded.
     */
    private Tabulation people(StatisticsTable table, Selection selection, boolean exact) {
        return exact ? tabulator.tabulate(table, selection)
                : tabulator.tabulate(table.generalised(), selection).rounded();
    }
}
