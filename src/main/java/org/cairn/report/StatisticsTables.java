package org.cairn.report;

import java.time.LocalDate;
import java.util.List;

/** The statistics Cairn counts, as tables for {@link Tabulator}. */
final class StatisticsTables {

    /** The contamination types of hazard h, or NONE for a hazard that names none, one row each. */
    private static final Dimension CONTAMINATION_TYPE = new Dimension("contaminationType", "ct.type",
            "CROSS JOIN LATERAL unnest(CASE WHEN cardinality(h.contamination_types) = 0 THEN ARRAY['NONE'] "
                    + "ELSE h.contamination_types END) AS ct(type)");
    private static final Dimension SEX = new Dimension("sex", "c.sex");
    private static final Dimension AGE_GROUP = new Dimension("ageGroup", "CASE WHEN c.age_at_accident IS NULL "
            + "THEN 'UNKNOWN' WHEN c.age_at_accident < 18 THEN 'CHILD' ELSE 'ADULT' END");

    /** Non-voided land release of hazards and activities that are not deleted, by release date. */
    static final StatisticsTable LAND_RELEASE = new StatisticsTable(
            "land_release l JOIN hazard_area h ON h.id = l.hazard_area_id JOIN activity act ON act.id = l.activity_id",
            "l.voided_at IS NULL AND h.deleted_at IS NULL AND act.deleted_at IS NULL", List.of(),
            List.of(Measure.COUNT, Measure.area("l.area_m2")),
            List.of(new Dimension("year", "extract(year FROM l.release_date)::int"),
                    new Dimension("outcome", "l.outcome"), CONTAMINATION_TYPE),
            "l.release_date", "l.release_date", "l.admin_pcode", "act.implementing_organisation_id");

    /**
     * Devices found by activities and on hazard areas, by the day they were found. Devices of
     * accidents are left out: they are sensitive, and casualty statistics count them by device.
     */
    static final StatisticsTable DEVICES = new StatisticsTable(
            "device_finding d LEFT JOIN activity act ON act.id = d.activity_id",
            "d.deleted_at IS NULL AND d.accident_id IS NULL", List.of(),
            List.of(Measure.COUNT, Measure.sum("quantity", "d.quantity")),
            List.of(new Dimension("year", "extract(year FROM d.found_date)::int"),
                    new Dimension("category", "d.category"),
                    new Dimension("disposalMethod", "coalesce(d.disposal_method, 'NONE')"),
                    new Dimension("activityType", "coalesce(act.type, 'NONE')")),
            "d.found_date", "d.found_date", "d.admin_pcode", "d.reporting_organisation_id");

    /** The disposals Article 7 counts as destroyed. */
    static final String DESTROYED = "d.disposal_method IN ('DESTROYED_IN_SITU', 'REMOVED_AND_DESTROYED')";

    /**
     * Every casualty, whatever consent it gave (consent governs who sees a record, not whether it
     * counts), by accident date; the accident's admin area is its generalised place.
     */
    static final StatisticsTable CASUALTIES = new StatisticsTable(
            "casualty c JOIN accident a ON a.id = c.accident_id LEFT JOIN ordnance_type m ON m.id = a.ordnance_type_id",
            "c.deleted_at IS NULL AND a.deleted_at IS NULL", List.of(), List.of(Measure.COUNT),
            List.of(new Dimension("year", "extract(year FROM a.accident_date)::int"),
                    new Dimension("outcome", "c.outcome"), SEX, AGE_GROUP, new Dimension("status", "c.status"),
                    new Dimension("deviceCategory", "coalesce(m.category, a.device_category)")),
            "a.accident_date", "a.accident_date", "a.admin_pcode", "a.reporting_organisation_id", "sum(c.record_key)");

    /**
     * Casualties assisted (count: distinct people) by the services under way or provided during the
     * span. Indirect victims are left out: their sex and age are not recorded. Each casualty's key
     * counts once a cell, as the casualty does: two keys of 52 random bits are equal once in 2^52.
     */
    static final StatisticsTable ASSISTANCE = new StatisticsTable(
            "assistance s JOIN casualty c ON c.id = s.casualty_id JOIN accident a ON a.id = c.accident_id",
            "s.deleted_at IS NULL AND c.deleted_at IS NULL AND a.deleted_at IS NULL AND s.recipient = 'CASUALTY' "
                    + "AND s.status IN ('IN_PROGRESS', 'PROVIDED')", List.of(),
            List.of(new Measure("count", "count(DISTINCT c.id)")),
            List.of(new Dimension("type", "s.type"), SEX, AGE_GROUP),
            "coalesce(s.started_on, s.completed_on, s.created_at::date)",
            "CASE WHEN s.status = 'IN_PROGRESS' THEN 'infinity'::date "
                    + "ELSE coalesce(s.completed_on, s.started_on, s.created_at::date) END",
            "a.admin_pcode", "a.reporting_organisation_id", "sum(DISTINCT c.record_key)");

    /**
     * Risk education sessions by the day they were held: the sessions (count) and the people counted
     * in them, by sex and age, with those of them recorded as living with a disability or displaced
     * (sessions that did not record them add nothing there). Campaign reach is an estimate, never added in.
     */
    static final StatisticsTable RISK_EDUCATION = new StatisticsTable("eore_session e", "e.deleted_at IS NULL",
            List.of(), List.of(Measure.COUNT, Measure.sum("girls", "e.girls"), Measure.sum("boys", "e.boys"),
                    Measure.sum("women", "e.women"), Measure.sum("men", "e.men"),
                    Measure.sum("beneficiaries", "e.girls + e.boys + e.women + e.men"),
                    Measure.sum("personsWithDisabilities", "e.persons_with_disabilities"),
                    Measure.sum("displacedPersons", "e.displaced_persons")),
            List.of(new Dimension("year", "extract(year FROM e.session_date)::int"),
                    new Dimension("deliveryMethod", "e.delivery_method")),
            "e.session_date", "e.session_date", "e.admin_pcode", "e.reporting_organisation_id");

    /**
     * Non-conformities found by monitoring visits (findings graver than an observation), by the day
     * of the visit, for the organisation monitored and where its activity works; OPEN until the
     * corrective action is closed.
     */
    static final StatisticsTable NON_CONFORMITIES = new StatisticsTable(
            "monitoring_visit v JOIN activity act ON act.id = v.activity_id "
                    + "CROSS JOIN LATERAL jsonb_array_elements(v.findings) f",
            "v.deleted_at IS NULL AND act.deleted_at IS NULL AND f->>'severity' <> 'OBSERVATION'",
            List.of(),
            List.of(Measure.COUNT),
            List.of(new Dimension("year", "extract(year FROM v.visit_date)::int"),
                    new Dimension("severity", "f->>'severity'"),
                    new Dimension("state", "CASE WHEN f->>'closedOn' IS NULL THEN 'OPEN' ELSE 'CLOSED' END"),
                    new Dimension("overdue", "CASE WHEN f->>'closedOn' IS NULL AND (f->>'dueDate')::date < "
                            + "current_date THEN 'OVERDUE' ELSE 'NOT_OVERDUE' END")),
            "v.visit_date", "v.visit_date", "act.admin_pcode", "act.implementing_organisation_id");

    /** Whether inspection i is the latest of its land release: a release inspected twice counts its land once. */
    private static final String LATEST_OF_ITS_RELEASE = "NOT EXISTS (SELECT 1 FROM post_clearance_inspection later "
            + "WHERE later.land_release_id = i.land_release_id AND later.deleted_at IS NULL "
            + "AND (later.inspection_date, later.created_at) > (i.inspection_date, i.created_at))";

    /**
     * Post-clearance inspections of land releases that stand (not voided), by the day of the
     * inspection: how many, the area sampled, the items found, and the land released they judged
     * (releasedAreaM2), each release once, under its latest inspection; with result FAIL, the land
     * released that failed inspection.
     */
    static final StatisticsTable INSPECTIONS = new StatisticsTable(
            "post_clearance_inspection i JOIN land_release l ON l.id = i.land_release_id "
                    + "JOIN activity act ON act.id = l.activity_id",
            "i.deleted_at IS NULL AND l.voided_at IS NULL", List.of(),
            List.of(Measure.COUNT,
                    new Measure("sampledAreaM2", "round(coalesce(sum(i.sampled_area_m2), 0)::numeric, 2)"),
                    new Measure("releasedAreaM2", "round(coalesce(sum(l.area_m2) FILTER (WHERE "
                            + LATEST_OF_ITS_RELEASE + "), 0)::numeric, 2)"),
                    Measure.sum("itemsFound", "i.items_found")),
            List.of(new Dimension("year", "extract(year FROM i.inspection_date)::int"),
                    new Dimension("result", "i.result")),
            "i.inspection_date", "i.inspection_date", "l.admin_pcode", "act.implementing_organisation_id");

    private StatisticsTables() {
    }

    /**
     * SHA and CHA hazard areas as they stood at the end of a day, with their remaining area then:
     * today's plus what was released after it (releases are clipped to what remained, so they never
     * overlap). A hazard counts from the earliest day any version of it names as its date of
     * information, or the day it was recorded if earlier; it stops counting once a release dated by
     * then completed it or left less than the closing threshold, or from the day it was closed
     * otherwise. Deleted hazards never count: deletion withdraws a record made in error. The
     * classification and contamination types are today's.
     */
    static StatisticsTable remainingContamination(LocalDate at, double closingThresholdM2) {
        return new StatisticsTable("""
                hazard_area h CROSS JOIN LATERAL (
                    SELECT h.remaining_area_m2 + coalesce(sum(l.area_m2) FILTER (WHERE l.release_date > ?), 0) AS area_m2,
                           coalesce(bool_or(l.completes_hazard) FILTER (WHERE l.release_date <= ?), false) AS completed
                    FROM land_release l WHERE l.hazard_area_id = h.id AND l.voided_at IS NULL) r""",
                """
                h.deleted_at IS NULL AND h.classification IN ('SHA', 'CHA')
                AND least(h.date_of_information, h.created_at::date,
                          (SELECT min(v.date_of_information) FROM hazard_area_aud v WHERE v.id = h.id)) <= ?
                AND NOT r.completed AND r.area_m2 >= ?
                AND NOT (h.status = 'CLOSED' AND h.status_change_reason IS DISTINCT FROM 'RELEASED'
                         AND h.status_changed_at < ?::date + 1)""",
                List.of(at, at, at, closingThresholdM2, at),
                List.of(Measure.COUNT, Measure.area("r.area_m2")),
                List.of(new Dimension("classification", "h.classification"), new Dimension("status", "h.status"),
                        new Dimension("priority", "coalesce(h.priority, 'NONE')"), CONTAMINATION_TYPE),
                "NULL", "NULL", "h.admin_pcode", "h.reporting_organisation_id");
    }
}
