package org.cairn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Names every operation for generated clients: the resource method's name where it is unique in
 * the API ({@code export}), else that name and its resource's ({@code listHazardArea},
 * {@code listActivity}). SmallRye names them Class_method; these read as a client's methods do.
 */
final class OperationIds {

    private static final String RESOURCE = "Resource";

    private OperationIds() {
    }

    static void document(OpenAPI openAPI) {
        List<Operation> operations = new ArrayList<>();
        openAPI.getPaths().getPathItems().values()
                .forEach(item -> item.getOperations().values().forEach(operations::add));
        Map<String, Integer> methods = new HashMap<>();
        operations.forEach(operation -> methods.merge(method(operation.getOperationId()), 1, Integer::sum));
        for (Operation operation : operations) {
            String id = operation.getOperationId();
            String method = method(id);
            operation.setOperationId(methods.get(method) == 1 ? method : method + resource(id));
        }
    }

    private static String method(String classAndMethod) {
        return classAndMethod.substring(classAndMethod.indexOf('_') + 1);
    }

    private static String resource(String classAndMethod) {
        String type = classAndMethod.substring(0, Math.max(classAndMethod.indexOf('_'), 0));
        return type.endsWith(RESOURCE) ? type.substring(0, type.length() - RESOURCE.length()) : type;
    }
}
