package org.cairn.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.cairn.report.Article7Report.Article7;
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

/** The Article 7 transparency report's tables for a year, as JSON or as a page to print. */
@Path("/api/v1/reports/article7")
@Produces({MediaType.APPLICATION_JSON, Article7Html.MEDIA_TYPE})
@Tag(name = "Statistics")
public class Article7Resource {

    @Inject Article7Report report;
    @Inject AdminAreas adminAreas;
    @Inject Caller caller;

    @GET
    @Requires(Access.READ_STATISTICS)
    @Operation(summary = "Article 7 report tables", description = "The tables an Article 7 transparency report "
            + "needs for one calendar year: land released by outcome and contamination type (m²), remaining "
            + "contamination at 31 December (SHA and CHA by contamination type), devices destroyed by category and by "
            + "activity type, casualties by outcome, sex and age group, and casualties assisted by service type, sex "
            + "and age group. Each table is counted as the statistics endpoints count it. Casualty and assistance "
            + "counts are rounded to multiples of 5 for callers without the sensitive-data permission, as the "
            + "casualty statistics round them. JSON, or with Accept: "
            + "text/html a self-contained page fit to print.")
    @Parameter(name = "year", in = ParameterIn.QUERY, required = true, description = "The calendar year.",
            example = "2026", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "adminArea", in = ParameterIn.QUERY, description = "Report for this admin area (a pcode of "
            + "any level) only.", example = "KL02", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The report.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Article7Report")),
            @Content(mediaType = Article7Html.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "An HTML document with a print stylesheet: one table a section, with caption and "
                            + "units."))})
    public Response article7(@Context UriInfo uri, @Context HttpHeaders headers) {
        StatisticsParameters parameters = new StatisticsParameters(uri.getQueryParameters(),
                List.of("year", "adminArea"));
        int year = parameters.year();
        String adminArea = adminAreas.known(parameters.adminArea());
        Article7 article7 = report.build(year, adminArea, caller.hasSensitiveDataPermission());
        if (StatisticsAnswer.prefers(headers, MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(Article7Html.render(article7), Article7Html.MEDIA_TYPE + "; charset=UTF-8").build();
        }
        return Response.ok(article7.json(), MediaType.APPLICATION_JSON)
                .build();
    }
}
