package org.cairn.feature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the query parameters of every feature list from its {@link FeatureType}, the same
 * definition that parses them, so that the API description and the lists never disagree.
 */
public final class FeatureListParameters {

    /** What a list accepts: its property filters and its orders. */
    public record Listing(Map<String, FeatureFilter> filters, List<SortKey> sortKeys) {

        public static Listing of(FeatureType type) {
            return new Listing(type.filters(), type.sortKeys());
        }
    }

    /** What {@code precision} does, wherever a list or an export takes it. */
    public static final String PRECISION = "Decimals of degrees in the geometries, from 1 to 15. The default, 7, "
            + "is about a centimetre on the ground; 15 gives back exactly the coordinates stored. Coordinates in "
            + "a projected crs are written to the millimetre.";

    private FeatureListParameters() {
    }

    /** Replaces the query parameters of the GET operation of each path with those its listing accepts. */
    public static void document(OpenAPI openAPI, Map<String, Listing> lists) {
        lists.forEach((path, type) -> {
            PathItem item = openAPI.getPaths().getPathItem(path);
            if (item == null || item.getGET() == null) {
                throw new IllegalStateException("No list operation GET " + path + " to document");
            }
            Operation list = item.getGET();
            List<Parameter> parameters = new ArrayList<>();
            if (list.getParameters() != null) {
                list.getParameters().stream().filter(p -> p.getIn() != Parameter.In.QUERY).forEach(parameters::add);
            }
            type.filters().forEach((name, filter) -> parameters.add(query(name,
                    capitalised(filter.describe()) + ".", filter.example(), string())));
            FeatureEndpoint.LIST.parameters().forEach(name -> parameters.add(paging(name, type)));
            list.setParameters(parameters);
        });
    }

    /** The parameters every list takes besides its filters, as {@link FeatureEndpoint#LIST} names them. */
    private static Parameter paging(String name, Listing type) {
        return switch (name) {
            case "bbox" -> query(name, "minLon,minLat,maxLon,maxLat in WGS 84; a west edge greater than the east "
                    + "one crosses the antimeridian. Items without a geometry never match.", "32.9,9.3,33.2,9.6",
                    string());
            case "sort" -> query(name, "One of " + String.join(", ", type.sortKeys().stream().map(SortKey::name)
                    .toList()) + " (the first is the default); a leading - reverses the order, a leading + keeps it.",
                    "-updatedAt", string());
            case "limit" -> query(name, "Page size; larger values are lowered to the maximum.",
                    String.valueOf(FeatureQuery.DEFAULT_LIMIT), OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ONE)
                            .maximum(BigDecimal.valueOf(FeatureQuery.MAX_LIMIT))
                            .defaultValue(FeatureQuery.DEFAULT_LIMIT));
            case "cursor" -> query(name, "Opaque; taken from a `next` link rather than built.",
                    "YzEKdXBkYXRlZEF0CjIwMjYtMTEtMjggMDk6MzA6MDArMDAKNWIwZjdhOGUtNmMzZC00YjhhLTlhNTEtMGMxZjNlMmQ0YTEw",
                    string());
            case "precision" -> query(name, PRECISION, "15", OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(FeatureQuery.FULL_DECIMALS))
                    .defaultValue(FeatureQuery.DEFAULT_DECIMALS));
            default -> throw new IllegalStateException("No description of list parameter " + name);
        };
    }

    private static Parameter query(String name, String description, String example, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .example(example).schema(schema);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
