package org.cairn.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the parameters every statistics operation shares, once: the span (from, to) of those
 * that count over one rather than at a day, and the admin area and organisation filters.
 */
public final class StatisticsDocumentation {

    private static final String PATH = "/api/v1/statistics/";

    private StatisticsDocumentation() {
    }

    public static void document(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(PATH) && item.getGET() != null) {
                document(item.getGET());
            }
        });
    }

    private static void document(Operation operation) {
        List<Parameter> own = operation.getParameters() == null ? List.of() : operation.getParameters();
        List<Parameter> parameters = new ArrayList<>();
        if (own.stream().noneMatch(parameter -> parameter.getName().equals("at"))) {
            parameters.add(query("from", "First day counted (YYYY-MM-DD).", "2026-01-01", date()));
            parameters.add(query("to", "Last day counted (YYYY-MM-DD), not before from.", "2026-12-31", date()));
        }
        parameters.addAll(own);
        parameters.add(query("adminLevel", "Level (0 to " + StatisticsParameters.DEEPEST_LEVEL + ") of the admin "
                + "areas that the dimension adminArea names; by default each item's deepest area. Items in no area of "
                + "that level count under null.", "1", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ZERO)
                .maximum(BigDecimal.valueOf(StatisticsParameters.DEEPEST_LEVEL))));
        parameters.add(query("adminArea", "Only items in this admin area (a pcode of any level) or inside it; an "
                + "unknown pcode is refused.", "KL02", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        parameters.add(query("organisation", "Only items of this organisation (an id).",
                "6b0c3a52-2f4e-4d1a-9a0e-4c1d7e9b0a02", OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING)).format("uuid")));
        operation.setParameters(parameters);
    }

    private static Parameter query(String name, String description, String example, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .example(example).schema(schema);
    }

    private static Schema date() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("date");
    }
}
