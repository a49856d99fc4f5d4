package org.cairn.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the answers every operation shares, derived from what the operation takes, so that no
 * endpoint's description forgets one: credentials can be missing or insufficient; bodies can be
 * malformed, too large, of the wrong type or invalid; ids can be unknown; versions stale or, for a
 * conditional GET, current.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), hasPathParameter(path, entry.getValue()));
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean identified) {
        boolean takesBody = operation.getRequestBody() != null;
        if (hasHeader(operation, "If-None-Match") && operation.getResponses().getAPIResponse("304") == null) {
            operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("The client's copy is current: If-None-Match names the stored version."));
        }
        add(operation, "401", "No credentials, or invalid ones; `WWW-Authenticate` names the schemes.");
        add(operation, "403", "The caller's roles do not allow this operation.");
        if (takesBody || hasQueryParameters(operation)) {
            add(operation, "400", "Malformed request or unknown, repeated or invalid query parameter.");
        }
        if (identified) {
            add(operation, "404", "No such item, or not one this caller may see.");
        }
        if (method == PathItem.HttpMethod.POST && takesBody) {
            add(operation, "409", "The id is taken by an item with other content, or the first request with this "
                    + "Idempotency-Key has not finished.");
            operation.addParameter(OASFactory.createParameter().name(Headers.IDEMPOTENCY_KEY).in(Parameter.In.HEADER)
                    .required(false).description("A key of the client's choosing (a UUID, say): the same request "
                            + "with the same key within 24 hours gets the first answer again, marked "
                            + "`Idempotent-Replayed: true`, and writes nothing; the key with another request is 422.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(255)));
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE) {
            add(operation, "412", "If-Match names a version that is no longer current; the body gives the current one.");
        }
        if (takesBody) {
            add(operation, "413", "The body is larger than the configured limit.");
            add(operation, "415", "The body's media type is not one this operation takes.");
            add(operation, "422", "Well-formed but invalid; `errors` names each field and why.");
        }
        add(operation, "500", "Unexpected failure; details are in the server log, not in the answer.");
        add(operation, "503", "The database cannot be reached for a moment (restarting, failing over, or out of "
                + "connections); `Retry-After` says when to try again. A write answered so may or may not be stored: "
                + "send it again as it was, with the same client id or report id, to find out. An Idempotency-Key is "
                + "released after a 503, so a write keyed only by one may, rarely, be stored twice.");
    }

    private static boolean hasPathParameter(PathItem path, Operation operation) {
        return hasParameter(path.getParameters(), Parameter.In.PATH)
                || hasParameter(operation.getParameters(), Parameter.In.PATH);
    }

    private static boolean hasQueryParameters(Operation operation) {
        return hasParameter(operation.getParameters(), Parameter.In.QUERY);
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(parameter ->
                parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName()));
    }

    private static boolean hasParameter(List<Parameter> parameters, Parameter.In in) {
        return parameters != null && parameters.stream().anyMatch(parameter -> parameter.getIn() == in);
    }

    /** Adds the response unless the operation documents its own; replaces the generic one without a body. */
    private static void add(Operation operation, String status, String description) {
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        ProblemType type = ProblemType.forStatus(Integer.parseInt(status));
        Schema problem = OASFactory.createSchema().ref("Problem");
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", description);
        MediaType mediaType = OASFactory.createMediaType().schema(problem).example(example);
        Content content = OASFactory.createContent().addMediaType(MediaTypes.PROBLEM_JSON, mediaType);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        operation.getResponses().addAPIResponse(status, response);
    }
}
