package org.cairn.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.config.CairnConfig;
import org.cairn.security.Access;
import org.cairn.security.Caller;
import org.cairn.security.Requires;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Statistics for reports and dashboards, as JSON or CSV. Casualty counts are rounded by their
 * records' keys for callers without the sensitive-data permission ({@link CellKeyRounding}), and
 * counted over whole calendar years only.
 */
@Path("/api/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, StatisticsCsv.MEDIA_TYPE})
@Tag(name = "Statistics", description = "Aggregates for reports and dashboards, as JSON or, with Accept: text/csv, "
        + "CSV (a header row, then one row a cell).")
public class StatisticsResource {

    private static final List<String> SPAN = List.of("from", "to", "groupBy", "adminLevel", "adminArea",
            "organisation");

    private static final String CSV = "The cells as CSV: a header row naming the dimensions and measures, then "
            + "one row a cell.";

    private final Tabulator tabulator;
    private final AdminAreas adminAreas;
    private final Caller caller;
    private final double closingThresholdM2;

    StatisticsResource(Tabulator tabulator, AdminAreas adminAreas, Caller caller, CairnConfig config) {
        this.tabulator = tabulator;
        this.adminAreas = adminAreas;
        this.caller = caller;
        this.closingThresholdM2 = config.landRelease().closingThresholdM2();
    }

    @GET
    @Path("casualties")
    @Requires(Access.READ_STATISTICS)
    @Operation(summary = "Count casualties", description = "By accident date and any of year, outcome, sex, "
            + "ageGroup, status, deviceCategory, adminArea (the accident's, its generalised place) and organisation "
            + "(the accident's reporting organisation). Every casualty counts, whatever consent it gave. For callers "
            + "without the sensitive-data permission every count is rounded to a multiple of 5 by cell-key rounding "
            + "(a fixed function of the casualties counted, so the same casualties always give the same figure), "
            + "cells rounded to 0 are left out, and from and to must span whole calendar years.")
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Comma-separated dimensions: year, outcome, "
            + "sex, ageGroup, status, deviceCategory, adminArea, organisation.", example = "year,outcome,sex",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The cells.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CasualtyStatistics")),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = CSV, example = "year,outcome,count\r\n2026,INJURED,10\r\n"))})
    public Response casualties(@Context UriInfo uri, @Context HttpHeaders headers) {
        boolean exact = caller.hasSensitiveDataPermission();
        StatisticsTable casualties = exact ? StatisticsTables.CASUALTIES : StatisticsTables.CASUALTIES.generalised();
        Selection selection = selection(uri, SPAN, casualties);
        Tabulation table = exact ? tabulator.tabulate(casualties, selection)
                : tabulator.tabulate(casualties, selection.inWholeYears()).rounded();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("total", table.totals().get(Tabulation.COUNT));
        return StatisticsAnswer.of(headers, selection, request, table);
    }

    @GET
    @Path("land-release")
    @Requires(Access.READ_STATISTICS)
    @Operation(summary = "Sum land released", description = "The area (areaM2, square metres on the ellipsoid) and "
            + "the number (count) of land release records that are not void, by release date and any of year, "
            + "outcome (CANCELLED, REDUCED, CLEARED), contaminationType, adminArea (where the released land lies) and "
            + "organisation (the activity's implementing organisation). A release counts once under each "
            + "contamination type of its hazard area (NONE when it names none), so cells grouped by contaminationType "
            + "may add up to more than the totals.")
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Comma-separated dimensions: year, outcome, "
            + "contaminationType, adminArea, organisation.", example = "year,outcome",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The cells.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Statistics")),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = CSV, example = "year,outcome,count,areaM2\r\n2026,CLEARED,3,48211.37\r\n"))})
    public Response landRelease(@Context UriInfo uri, @Context HttpHeaders headers) {
        return counted(uri, headers, StatisticsTables.LAND_RELEASE);
    }

    @GET
    @Path("remaining-contamination")
    @Requires(Access.READ_STATISTICS)
    @Operation(summary = "Count remaining contamination at a date", description = "Suspected and confirmed "
            + "hazardous areas (SHA, CHA) as they stood at the end of a day: their number (count) and remaining area "
            + "(areaM2, square metres), by any of classification, status, priority (NONE when none is set), "
            + "contaminationType (a hazard counts once under each "
            + "of its types, NONE when it names none), adminArea and organisation (the reporting organisation). "
            + "A hazard counts from the earliest date of information any version of it carried (or the day it was "
            + "recorded, if earlier) until a release dated by then completed it or left less than the closing "
            + "threshold, or, when closed otherwise, until the day of its closure; deleted hazards never count. Its "
            + "area then is today's remaining area plus the land released after that day. Classification, status, "
            + "priority and contamination types are today's. There is no year dimension: this is a stock at one "
            + "day, not a flow over a span.")
    @Parameter(name = "at", in = ParameterIn.QUERY, description = "The day (YYYY-MM-DD); today by default.",
            example = "2026-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Comma-separated dimensions: classification, "
            + "status, priority, contaminationType, adminArea, organisation.",
            example = "classification,contaminationType",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The cells.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Statistics")),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = CSV, example = "classification,count,areaM2\r\nCHA,4,120544.10\r\n"))})
    public Response remainingContamination(@Context UriInfo uri, @Context HttpHeaders headers) {
        StatisticsParameters parameters = new StatisticsParameters(uri.getQueryParameters(),
                List.of("at", "groupBy", "adminLevel", "adminArea", "organisation"));
        LocalDate date = parameters.date("at");
        LocalDate at = date != null ? date : LocalDate.now();
        StatisticsTable table = StatisticsTables.remainingContamination(at, closingThresholdM2);
        Selection selection = adminAreas.checked(parameters.selection(table));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("at", at);
        return StatisticsAnswer.of(headers, selection, request, tabulator.tabulate(table, selection));
    }

    @GET
    @Path("devices")
    @Requires(Access.READ_STATISTICS)
    @Operation(summary = "Count devices found", description = "Devices found by activities and on hazard areas "
            + "(quantity: the devices; count: the findings), by the day they were found and any of year, category, "
            + "disposalMethod (NONE while none is recorded), activityType (NONE for a finding on a hazard area "
            + "outside any activity), adminArea and organisation (the reporting organisation). Devices of accidents "
            + "are left out: they are sensitive, and casualty statistics count accidents by device. destroyed=true "
            + "counts those destroyed (DESTROYED_IN_SITU, REMOVED_AND_DESTROYED) only, as Article 7 reports do.")
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Comma-separated dimensions: year, category, "
            + "disposalMethod, activityType, adminArea, organisation.", example = "category,activityType",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "destroyed", in = ParameterIn.QUERY, description = "true: only devices destroyed.",
            example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
    @APIResponse(responseCode = "200", description = "The cells.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Statistics")),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = CSV, example = "category,count,quantity\r\nAP_MINE,12,31\r\n"))})
    public Response devices(@Context UriInfo uri, @Context HttpHeaders headers) {
        StatisticsParameters parameters = new StatisticsParameters(uri.getQueryParameters(),
                List.of("from", "to", "groupBy", "destroyed", "adminLevel", "adminArea", "organisation"));
        boolean destroyed = parameters.flag("destroyed");
        Selection selection = adminAreas.checked(parameters.selection(StatisticsTables.DEVICES));
        if (destroyed) {
            selection = selection.where(StatisticsTables.DESTROYED);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("destroyed", destroyed);
        return StatisticsAnswer.of(headers, selection, request,
                tabulator.tabulate(StatisticsTables.DEVICES, selection));
    }

    @GET
    @Path("risk-education")
    @Requires(Access.READ_STATISTICS)
    @Operation(summary = "Count risk education beneficiaries", description = "Risk education sessions (count) and "
            + "the people they reached (girls and boys under 18, women, men, beneficiaries: all four), with those "
            + "of them recorded as persons with disabilities or displaced persons, by session date and any of year, "
            + "deliveryMethod, adminArea and organisation (the organisation that delivered them). Mass-media "
            + "campaigns are not in it: their reach is an estimate, not a head count. Counts are published as "
            + "recorded: each session's audience is public in its own record, so rounding the sums would hide "
            + "nothing and only make the report disagree with the records.")
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Comma-separated dimensions: year, "
            + "deliveryMethod, adminArea, organisation.", example = "year,adminArea",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The cells.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Statistics")),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = CSV, example = "year,count,girls,boys,women,men,beneficiaries,"
                            + "personsWithDisabilities,displacedPersons\r\n2026,12,140,151,96,70,457,9,88\r\n"))})
    public Response riskEducation(@Context UriInfo uri, @Context HttpHeaders headers) {
        return counted(uri, headers, StatisticsTables.RISK_EDUCATION);
    }

    @GET
    @Path("non-conformities")
    @Requires(Access.READ_QUALITY)
    @Operation(summary = "Count non-conformities", description = "Findings of monitoring visits graver than an "
            + "observation, by visit date and any of year, severity, state (OPEN until the corrective action is "
            + "closed, CLOSED), overdue (OVERDUE: open past its due date), adminArea (the activity's) and "
            + "organisation (the organisation monitored). groupBy=organisation,state gives the open "
            + "non-conformities of each organisation.")
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Comma-separated dimensions: year, severity, "
            + "state, overdue, adminArea, organisation.", example = "organisation,state",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The cells.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Statistics")),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = CSV, example = "state,count\r\nOPEN,3\r\n"))})
    public Response nonConformities(@Context UriInfo uri, @Context HttpHeaders headers) {
        return counted(uri, headers, StatisticsTables.NON_CONFORMITIES);
    }

    @GET
    @Path("post-clearance-inspections")
    @Requires(Access.READ_QUALITY)
    @Operation(summary = "Count post-clearance inspections", description = "Inspections of land releases that "
            + "stand (count), the area they sampled (sampledAreaM2), the items found and the land released they "
            + "judged (releasedAreaM2: each release once, under its latest inspection), by inspection date and any "
            + "of year, result, adminArea (the land's) and organisation (the organisation that released it). The "
            + "cell of result FAIL is the land released that failed inspection.")
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Comma-separated dimensions: year, result, "
            + "adminArea, organisation.", example = "year,result",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The cells.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Statistics")),
            @Content(mediaType = StatisticsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = CSV, example = "result,count,sampledAreaM2,releasedAreaM2,itemsFound\r\n"
                            + "FAIL,1,1500.00,25000.00,3\r\n"))})
    public Response inspections(@Context UriInfo uri, @Context HttpHeaders headers) {
        return counted(uri, headers, StatisticsTables.INSPECTIONS);
    }

    /** A table counted over a span, by the groups asked for, with nothing to add to the request's echo. */
    private Response counted(UriInfo uri, HttpHeaders headers, StatisticsTable table) {
        Selection selection = selection(uri, SPAN, table);
        return StatisticsAnswer.of(headers, selection, Map.of(), tabulator.tabulate(table, selection));
    }

    private Selection selection(UriInfo uri, List<String> accepted, StatisticsTable table) {
        return adminAreas.checked(new StatisticsParameters(uri.getQueryParameters(), accepted).selection(table));
    }
}
